from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "says hi"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3), hello.__qualname__)
def plain(*a):
    return a
def target():
    "target doc"
target.extra = 42
w = update_wrapper(plain, target)
print(w is plain, plain.__name__, plain.__doc__, plain.extra, plain.__wrapped__ is target)
def timer(fn):
    @wraps(fn)
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper
@timer
def add(a, b):
    return a + b
print(add(1, 2), add.__name__)
