a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in d.items() if k if v}
d = (x for x in y for z in x)
e = [x async for x in y]
