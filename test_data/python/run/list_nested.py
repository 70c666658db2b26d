"""Nested lists: building, indexing, copying and walking trees."""
board = [["." for _ in range(4)] for _ in range(3)]
board[0][1] = "X"
board[2][3] = "O"
for row in board:
    print("".join(row))
tree = [1, [2, [3, [4]], 5], [6]]
def flatten(t):
    out = []
    for item in t:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
def depth(t):
    if not isinstance(t, list):
        return 0
    return 1 + max((depth(i) for i in t), default=0)
print(flatten(tree), depth(tree), depth([]))
shallow = list(tree)
shallow[1][0] = 99
print(tree)
print(len(tree), tree[1][1][1], tree[-1][-1])
transpose = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transpose)
a = [1, 2]
a.append(a)
print(a)
