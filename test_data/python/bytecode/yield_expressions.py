def g():
    x = yield
    y = yield x
    yield
    z = yield from range(3)
    return x, y, z

def h():
    return (yield)
