s = list(range(10))
print(s[1:3], s[:2], s[5:], s[::2], s[::-1], s[1:8:3])
s[1:3] = [9, 9]
del s[::2]
t = s[len(s) // 2:]
print(t)
