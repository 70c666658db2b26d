def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc, lambda: n
