def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x

g = acc()
next(g)
g.send(1)
