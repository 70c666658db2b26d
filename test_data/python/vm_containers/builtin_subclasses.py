def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class S(set): pass
class D(dict): pass
class L(list): pass
t(lambda: S([1, 2]) | {3})
t(lambda: S([3, 1]))
t(lambda: D(a=1))
t(lambda: L([1]) + [2])
t(lambda: {1, 2} & S([2]))
t(lambda: set.union({1}, [2]))
t(lambda: frozenset.union(frozenset([1]), [2]))
t(lambda: {1: 1}.__len__())
t(lambda: [3, 1].__len__())
t(lambda: list.__getitem__([1, 2], 1))
t(lambda: dict.__getitem__({1: 2}, 1))
t(lambda: sorted({3, 1, 2}))
t(lambda: set(range(5)) - {0})
t(lambda: {1: 2}.values() | {1})
t(lambda: len({1, 2, 2}))
t(lambda: [x for x in {10, 2, 33}])
t(lambda: {'b': 1, 'a': 2} == {'a': 2, 'b': 1})
t(lambda: list(zip({1, 2}, 'ab')))
t(lambda: (1, 2) + (3,) * 2)
t(lambda: [1, 2, 3][-1:-4:-1])
t(lambda: list(map(abs, {-3, 2, -1})))
