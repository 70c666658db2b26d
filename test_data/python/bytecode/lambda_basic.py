square = lambda x: x * x
add = lambda a, b=1: a + b
pairs = sorted([(1, "b"), (2, "a")], key=lambda p: p[1])
print(square(3), add(1), pairs, (lambda: 42)())
