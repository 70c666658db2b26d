"""Nested unpacking in assignments and for loops."""
data = [("alice", (30, "paris")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(f"{name} {age} {city}")
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
points = {"p": (1, 2), "q": (3, 4)}
for label, (px, py) in sorted(points.items()):
    print(label, px + py)
matrix = [[1, 2], [3, 4]]
(m00, m01), (m10, m11) = matrix
print(m00 * m11 - m01 * m10)
pairs = list(zip("ab", zip([1, 2], [True, False])))
for letter, (num, flag) in pairs:
    print(letter, num, flag)
