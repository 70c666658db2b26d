"""Sets of ints: creation, add/discard/remove/pop, membership and printing order."""
s = {3, 1, 4, 1, 5, 9, 2, 6}
print(s, len(s), 4 in s, 7 not in s)
s.add(7)
s.add(3)
s.discard(100)
s.remove(1)
print(s)
print(set(), set([1, 2, 2]), set(range(5)), {-1, -2, 0})
print({100, 10, 1000, 1}, {33, 1, 17, 65})
print(s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
t = s.copy()
t.clear()
print(t, s == s.copy(), s is not s.copy())
print(sorted({5, -5, 0}), sum({1, 2, 3}), max({7, 3}))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({True, 1, 1.0}, {0, False})
