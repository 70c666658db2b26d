"""Augmented assignment to subscripts (`x[i] op= v`): lists at positive and negative indices, tuples, dicts under str and int keys, nested containers, and the errors each raises."""
nums = [1, 2, 3, 4]
for i in range(-4, 4):
    nums[i] += i * 10
print(nums)
nums[-1] *= 2.5
nums[0] -= 0.5
print(nums)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] += r * 3 + c
        grid[r][-1 - c] -= 1
print(grid)
counts = {}
for w in "a b a c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
by_int = {1: 10, -5: 20}
by_int[1] += 1
by_int[-5] //= 3
print(by_int)
names = ["ab", "cd"]
names[1] += "ef"
names[-2] *= 2
print(names)
for container, key in [(nums, 4), (nums, -5), ((1, 2), 0), (counts, "z"), (by_int, 2), ("abc", 0)]:
    try:
        container[key] += 1
        print("ok", container)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    nums[0] += "x"
except TypeError as e:
    print(type(e).__name__, e)
class Box:
    def __init__(self):
        self.items = [1, 2]

    def __getitem__(self, i):
        print("get", i)
        return self.items[i]

    def __setitem__(self, i, v):
        print("set", i, v)
        self.items[i] = v
b = Box()
b[1] += 40
print(b.items)
t = ([1], [2])
t[0][0] += 5
print(t)
