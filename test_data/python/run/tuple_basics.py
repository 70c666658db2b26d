"""Tuples: creation, indexing, immutability, methods and comparison."""
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.index(3), 2 in t, 5 not in t)
single = (42,)
empty = ()
print(single, empty, type(single).__name__, len(empty))
print((1, 2) + (3,), (0,) * 3, tuple([4, 5]), tuple("ab"), tuple(range(3)))
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9), max([(1, "b"), (1, "a")]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
point = 3, 4
x, y = point
print(x, y, point)
print(repr((1,)), repr(((),)), str((None, "s")))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
