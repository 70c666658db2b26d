"""Nested comprehensions: matrices, flattening and filtering at several levels."""
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
mult = [[i * j for j in range(1, 6)] for i in range(1, 6)]
print(mult[2], [row[-1] for row in mult])
flat = [v for row in mult for v in row if v % 5 == 0]
print(flat)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ["hello", "world"]
print([[c for c in w if c not in "aeiou"] for w in words])
print({w: {c: w.count(c) for c in set(w) if w.count(c) > 1} for w in words})
