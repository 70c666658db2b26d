d = {}
d["a"] = 1
d["a"] += 2
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[0][0] += 1
print(d, m, m[1][2])
