"""collections.namedtuple: fields by name and index, _replace, _asdict, unpacking."""
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))
x, y = p
print(x + y)
print(p._replace(x=10), p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30), Person("bob", 25, "rome"))
people = [Person("c", 40), Person("a", 20), Person("b", 30)]
print(sorted(people, key=lambda q: q.age)[0].name, max(people).name)
print(isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Point._make([5, 6]), Point(y=1, x=2))
