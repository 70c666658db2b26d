"""__repr__ and __str__: which one print, str(), repr(), f-strings and containers use."""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
p = Point(1, "a")
print(p, str(p), repr(p), f"{p}", f"{p!r}", "%s %r" % (p, p))
print([p, Point(2, 3)], (p,), {"k": p})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("{} {!r}".format(p, p), format(p))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c}C"
t = Temp(100)
print(f"{t} {t:f}", format(t, "f"))
