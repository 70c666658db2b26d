"""Packing and unpacking assignments, swaps and returning several values."""
a, b = 1, 2
a, b = b, a
print(a, b)
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("x", 1), ("y", 2)]):
    print(i, name, score)
x = y = z = 0
print(x, y, z)
first, second, third = "abc"
print(first, third)
k, v = next(iter({"key": "value"}.items()))
print(k, v)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a = [0, 0, 0]
i = 0
i, a[i] = 2, 5
print(i, a)
