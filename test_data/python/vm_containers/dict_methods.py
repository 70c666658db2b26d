def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('d', 4), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('z', None), d.popitem(), d)
t(lambda: d.pop('zz'))
t(lambda: {}.popitem())
t(lambda: d['missing'])
t(lambda: d[[1]])
d.update({'x': 9}, y=10); d.update([('z', 11)]); print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3))
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(d | {'b': 0, 'new': 1}, {'new': 1} | d)
e = dict(d); e |= {'b': 'B'}; e |= [('q', 1)]; print(e)
t(lambda: d | [1])
print(d == dict(d), d == {}, {1: 2} == {1: 2.0}, {1: 'a'} != {1: 'b'})
t(lambda: d < d)
print(len(d), 'b' in d, 'zz' not in d, d.copy() == d, list(d), repr({}), {1: {2: 3}})
d.clear(); print(d)
g = {1: 'one'}
g[1.0] = 'float one'; g[True] = 'true'; print(g)
def mutate():
    h = {1: 1, 2: 2}
    for k in h:
        h[k + 10] = 0
t(mutate)
def mutate2():
    h = {1: 1, 2: 2}
    for k in h:
        del h[k]
t(mutate2)
h = {i: i * i for i in range(8)}
for k in list(h):
    if k % 2:
        del h[k]
h[1] = 'back'; print(h)
