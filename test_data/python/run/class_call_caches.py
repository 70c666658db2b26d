"""Calls of a class after its __init__ or __new__ (or a base's) changes: what the call runs must follow the change."""
class Base:
    def __init__(self, x):
        self.x = x


class Point(Base):
    pass


def make(n):
    return [Point(i).x for i in range(n)]


print(make(3))


def init_twice(self, x):
    self.x = 2 * x


Base.__init__ = init_twice
print(make(3))


def point_init(self, x):
    self.x = -x


Point.__init__ = point_init
print(make(3))


def new(cls, x):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


Point.__new__ = staticmethod(new)
p = Point(5)
print(p.x, p.made_by_new)
del Point.__init__
print([q.x for q in (Point(1), Point(2))], Point(3).made_by_new)


def gen_init(self, x):
    yield x


Point.__init__ = gen_init
try:
    Point(1)
except TypeError as e:
    print(e)
