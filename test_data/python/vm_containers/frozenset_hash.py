def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset('abc')), hash(frozenset([(1, 2), 'x', 3.5])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
f = frozenset(range(100))
print(hash(f), hash(frozenset(range(99, -1, -1))) == hash(f))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 'a'), -1)), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash(1.5), hash(-0.0), hash(float('inf')), hash(float('-inf')), hash(10**30), hash(-10**30))
print(hash('abc'), hash('é'), hash('€'), hash('😀'), hash(b'abc'), hash(True), hash(1.0) == hash(1))
