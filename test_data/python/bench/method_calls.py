"""Benchmark: method calls and attribute access on small objects (a Point class)."""
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Point(self.x * k, self.y * k)

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(0, 0)
step = Point(1, -2)
total = 0
for i in range(500_000):
    p = p.add(step)
    if i % 3 == 0:
        p = p.scale(1)
    total += p.norm1()
print(p.x, p.y, total)
