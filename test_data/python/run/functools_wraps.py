"""functools.wraps keeps the wrapped function's name and docstring."""
import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """Wrapper doc."""
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Compute an area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__.__name__)
def plain(func):
    def wrapper(*a):
        return func(*a)
    return wrapper
@plain
def f():
    """f doc"""
print(f.__name__, f.__doc__)
