def search(grid, target):
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value == target:
                return i, j
    return None

print(search([[1, 2], [3, 4]], 4))
