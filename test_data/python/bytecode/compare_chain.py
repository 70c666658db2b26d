def f(a, b, c):
    if a < b < c:
        return 1
    x = a == b != c
    y = a is b
    z = a is not None
    w = a in [1, 2, 3]
    v = a not in {1, 2}
    return x, y, z, w, v

print(f(1, 2, 3))
