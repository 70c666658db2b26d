def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
t1 = (1, 2, 3)
print(t1 + (4,), t1 * 2, t1.index(2), t1.count(1), (1,) * 0, () == (), (1, 2) < (1, 2, 3), (1, 'a') < (1, 'b'))
print(hash(t1) == hash((1, 2, 3)), tuple([1, 2]), tuple('ab'), len(t1), 3 in t1, repr((1,)), repr(()))
t(lambda: t1.index(9))
t(lambda: (1,) + [2])
t(lambda: hash((1, [2])))
t(lambda: t1[5])
a, *b = t1; print(a, b)
print(max((1, 2), (1, 3)), sorted([(2, 'a'), (1, 'b'), (1, 'a')]))
