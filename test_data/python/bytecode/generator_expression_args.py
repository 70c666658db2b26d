print(sum(x for x in range(5)))
print(max((x for x in "abc"), key=ord))
print(sorted(x for x in [3, 1, 2]))
