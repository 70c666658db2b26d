"""Benchmark: sorting lists of tuples and with key functions."""
seed = 42
rows = []
for i in range(200_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rows.append((seed % 1000, seed % 7919, i))
a = sorted(rows)
b = sorted(rows, key=lambda r: (r[1], -r[0]))
c = sorted(rows, key=lambda r: r[2] % 1013, reverse=True)
nums = [r[1] for r in rows]
nums.sort()
print(a[0], a[-1], b[0], c[0], nums[len(nums) // 2])
