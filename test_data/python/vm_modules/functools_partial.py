from functools import partial
def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1, c=5)
print(p(2), p.args, p.keywords, p.func is f, type(p).__name__, type(p))
print(repr(partial(len, 'abc')), partial(len, 'abc')())
q = partial(p, 7)
print(q(), q.args, q.func is f)
base2 = partial(int, base=2)
print(base2('1011'), repr(base2))
try:
    partial(3)
except TypeError as e:
    print(e)
print(callable(p), [partial(pow, 2)(i) for i in range(5)])
