if a:
    if b:
        if c:
            x = 1
        y = 2
    elif d:
        pass
else:
    z = 3
w = 4
