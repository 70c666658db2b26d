from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info(), sq.__name__)
@lru_cache(maxsize=2)
def h(x):
    print('computing', x)
    return -x
for i in [1, 2, 1, 3, 2, 1]:
    h(i)
print(h.cache_info())
@cache
def c(x):
    return x
c(1); c(1)
info = c.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info)
print(c.__wrapped__(5), c.cache_parameters())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
try:
    c([1])
except TypeError as e:
    print(e)
