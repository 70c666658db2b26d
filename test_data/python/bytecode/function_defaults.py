def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

def g(x, /, y, *, z=1):
    return x + y + z

print(f(1, c=3), g(1, 2))
