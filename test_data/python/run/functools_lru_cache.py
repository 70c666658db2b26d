"""functools.lru_cache and cache memoize calls."""
from functools import lru_cache, cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib(80), calls)
print(fib.cache_info())
@cache
def slow_square(x):
    print("  computing", x)
    return x * x
print(slow_square(4), slow_square(4), slow_square(5))
@lru_cache(maxsize=2)
def ident(x):
    print("  miss", x)
    return x
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(ident.cache_info())
fib.cache_clear()
print(fib.cache_info())
