import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.wraps(fib)
def wrapper(*a, **k):
    return fib(*a, **k)

total = functools.reduce(lambda a, b: a + b, range(10), 0)
double = functools.partial(pow, exp=2)
print(fib(30), total, double(3))
