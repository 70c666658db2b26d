def f(x, y):
    if x is None:
        return 0
    if y is not None:
        return y
    if not x:
        return 1
    return x

print(f(None, 1))
