"""List comprehensions with conditions, nested loops and expressions."""
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([c.upper() for c in "hello" if c != "l"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row])
words = ["apple", "bob", "kayak", "test"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], [w[0] for w in words])
print([i * j for i in range(1, 4) for j in range(1, 4)])
x = 10
print([x for x in range(3)], x)
print([(lambda v: v + 1)(v) for v in range(3)])
