"""Sorting: the key kinds that compare without Python code (ints, floats, strs, tuples of them) and the mixes that must take the general path."""
xs = [(i * 7919) % 101 for i in range(300)]
print(sorted(xs)[:10], sorted(xs, reverse=True)[:10])
ts = [((i * 31) % 5, (i * 17) % 3, str(i)) for i in range(60)]
print(sorted(ts)[:8], sorted(ts, reverse=True)[:8])
print(sorted(ts, key=lambda t: t[0])[:8])
print(sorted(ts, key=lambda t: t[0], reverse=True)[:8])
print(sorted(["b", "a", "é", "ab", "", "Z"]))
print(sorted([1.5, -0.0, 0.0, 2, True]))
print(sorted([(1, "a"), (1,), (0, 2.5), (0, 2.5, 1)]))
fl = [3.0, -1.0, 0.0, -0.0, 2.5]
print(sorted(fl), sorted(fl, reverse=True))
nan = float("nan")
print(sorted([3, nan, 1, 2]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([(1, "a"), (2, 2)]))
