"""__slots__: fixed attribute sets, no __dict__, inheritance of slots."""
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)
try:
    print(Point.__new__(Point).x)
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "ok"
print(l.anything, hasattr(l, "__dict__"))
print(type(Point.x).__name__)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
