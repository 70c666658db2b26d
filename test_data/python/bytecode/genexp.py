total = sum(x * x for x in range(10))
print(total)
print(list(c for c in "abc" if c != "b"))
