x = 5
a = not (x is None)
b = not (x in [1, 2])
c = not x == 3
d = x in (1, 2, 3)
e = x not in {4, 5}
f = x in [x, 2]
print(a, b, c, d, e, f)
