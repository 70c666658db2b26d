"""Breaking out of nested loops with flags, else and functions."""
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 42]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 42:
            found = (r, c)
            break
    if found:
        break
print(found)
def find_all(grid, target):
    return [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == target]
print(find_all(grid, 42))
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
count = 0
for i in range(10):
    for j in range(10):
        for k in range(10):
            if i + j + k == 15:
                count += 1
print(count)
