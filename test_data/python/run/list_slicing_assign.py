"""List slicing, slice assignment and deletion."""
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-3:], xs[8:2:-2])
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1::2]
print(xs)
xs[1:1] = [9, 9, 9]
print(xs)
del xs[:2]
print(xs)
ys = [1, 2, 3, 4, 5]
ys[1:4] = []
print(ys)
try:
    ys[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
