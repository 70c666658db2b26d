"""Set algebra: union, intersection, difference, symmetric difference, subset tests."""
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {10}), a.intersection(b, {5}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > b)
print({1, 2}.issubset(a), a.issuperset({5}), a.isdisjoint(b), {9}.isdisjoint(a))
c = set(a)
c |= {8}
c &= {1, 2, 8, 9}
c -= {2}
c ^= {1, 100}
print(c)
c.update([3, 4], (5,))
c.intersection_update(range(5))
print(c)
c.difference_update({3})
c.symmetric_difference_update({0, 4})
print(c)
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print(len({i % 7 for i in range(100)}))
