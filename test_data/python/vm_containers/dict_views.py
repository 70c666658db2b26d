def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, it & {('a', 1)}, {'b'} & k)
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k <= {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}))
d['d'] = 4; print(k, list(v), list(it))
print(sorted(k), list(reversed(k)), list(reversed(it)))
t(lambda: k[0])
t(lambda: v == v)
print(dict(zip('abc', range(3))), list(d.items())[0])
