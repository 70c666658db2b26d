"""Functions are objects: stored, passed, returned, with attributes."""
def square(x):
    """Return x squared."""
    return x * x
def cube(x):
    return x ** 3
ops = {"sq": square, "cu": cube, "neg": lambda x: -x}
for name, fn in ops.items():
    print(name, fn(3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(ops["neg"], 5))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(square, cube)(2), compose()(7))
print(square.__name__, square.__doc__, cube.__doc__, ops["neg"].__name__)
print(square.__qualname__, compose(square).__qualname__)
square.calls = 0
square.calls += 1
print(square.calls, callable(square), callable(3))
f = square
del square
print(f(12), f.__name__)
print(sorted([3, -1, 2], key=abs), list(map(cube, [1, 2])))
