def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
a = {1, 2, 3, 'a', 'b', (1, 2), 100, -5}
b = {3, 4, 5, 'b', 'c', (1, 2), 1000}
c = frozenset([2, 3, 'c', 'z'])
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a | c, c | a, a & c, c & a, c - a, a ^ c, c ^ a)
print(a.union([9, 8], 'xy'), a.intersection(b, c), a.difference([1], b), a.symmetric_difference('ab'))
print(a.issubset(a | b), a.issuperset({1}), a.isdisjoint({'q'}), a <= b, a < a | b, a >= a, a > a)
x = set(a); x |= b; print(x)
x = set(a); x &= b; print(x)
x = set(a); x -= b; print(x)
x = set(a); x ^= b; print(x)
x = set(a); x.update('hi', [7]); print(x)
x = set(a); x.intersection_update(b, [3, 'b']); print(x)
x = set(a); x.difference_update(b, [1]); print(x)
x = set(a); x.symmetric_difference_update([1, 99]); print(x)
f = frozenset(a); g = f; f |= {77}; print(f, g, f is g)
t(lambda: a | [1])
t(lambda: a.add([1]))
t(lambda: a.remove('nope'))
t(lambda: set().pop())
t(lambda: {1} < [1])
print(a == set(a), a != b, frozenset(a) == a, {1, 2} == frozenset([2, 1]))
print({frozenset([1]): 'x'}[frozenset([1])], {1, 2} in {frozenset([1, 2])})
print(type(c | a).__name__, type(a | c).__name__, type(c.copy()).__name__, c.copy() is c)
print(repr(set()), repr(frozenset()), frozenset([1, 2]))
