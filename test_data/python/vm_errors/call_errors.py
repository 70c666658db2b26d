"""TypeError messages for calls that do not fit the signature."""
def f(x, y=1, *, z):
    pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, z=1), lambda: f(1, z=1, w=2), lambda: f(1, x=1, z=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b):
    pass
g(1)
