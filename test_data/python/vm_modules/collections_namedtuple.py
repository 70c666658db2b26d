from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p == (1, 2), Point._fields, p._asdict())
print(p._replace(x=5), Point._make([3, 4]), type(p).__name__, Point)
x, y = p
print(x + y, len(p), isinstance(p, tuple))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3(a=4, c=1), P3._field_defaults)
try:
    Point(1)
except TypeError as ex:
    print(ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    Point(1, z=3)
except TypeError as ex:
    print(ex)
try:
    namedtuple('Bad', 'a a')
except ValueError as ex:
    print(ex)
try:
    namedtuple('Bad', 'a _b')
except ValueError as ex:
    print(ex)
print(sorted([Point(2, 1), Point(1, 5)]), hash(p) == hash((1, 2)), {p: 1}[(1, 2)])
Car = namedtuple('Car', 'make, year')
cars = [Car('vw', 1999), Car('fiat', 1980)]
for make, year in sorted(cars, key=lambda c: c.year):
    print(make, year)
print(namedtuple('R', 'a def', rename=True)._fields)
try:
    p.z = 5
except AttributeError as ex:
    print(ex)
try:
    p.x = 5
except AttributeError as ex:
    print(ex)
