"""Dict comprehensions and building dicts from pairs."""
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["apple", "bat", "cherry", "dog"]
print({w: len(w) for w in words})
print({len(w): w for w in words})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({(x, y): x * y for x in range(3) for y in range(2)})
print({c: "aeiou".count(c) for c in "aeiou"})
keys = ["x", "y", "z"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), {k: v for k, v in zip(keys, vals)})
print({i: {j: i + j for j in range(2)} for i in range(2)})
