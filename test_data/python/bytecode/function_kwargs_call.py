def f(*args, **kwargs):
    return args, kwargs

f(1, 2, 3)
f(a=1, b=2)
f(1, *[2, 3], x=4)
f(*(1, 2), **{"a": 1})
f(**{"a": 1}, b=2)
f(1, 2, *[3], 4, k=5, **{"z": 6})
