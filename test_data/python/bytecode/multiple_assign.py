a = b = c = 0
x = y = [1, 2]
d = {}
d["k"] = d["j"] = 5
print(a, b, c, x, y, d)
