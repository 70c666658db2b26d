def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[1:100]), range(5)[10:])
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, list(reversed(r)))
t(lambda: r.index(10))
t(lambda: r[100])
t(lambda: range(0, 10, 0))
t(lambda: range(1.5))
print(range(10) == range(0, 10, 1), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 9), range(3) != range(4))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), list(range(5, 0, -2)), range(-5, 5)[-3])
big = range(10**18)
print(len(big), big[-1], 10**17 in big, big.index(12345), big[::10**17])
print(bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(0, 10, 2)), hash(range(3, 4, 7)) == hash(range(3, 5, 9)), hash(range(5, 5)) == hash(range(9, 2)), len({range(0, 3), range(3), range(1, 1), range(2, 2, 5)}))
