del a
del a, b
del (a, b), [c]
del x.y, x[0], x[1:2]
