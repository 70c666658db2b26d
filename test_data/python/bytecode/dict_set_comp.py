d = {k: v for k, v in zip("abc", range(3))}
s = {x % 3 for x in range(10)}
print(d, s)
