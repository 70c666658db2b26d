"""Arithmetic dunders: __add__, __radd__, __iadd__, __sub__, __mul__, __rmul__, __neg__, __abs__."""
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", other)
        return self + other
    def __iadd__(self, other):
        print("  __iadd__")
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}" if self.cents >= 0 else f"-{-self}"
a, b = Money(150), Money(275)
print(a + b, b - a, a * 3, 2 * a, -a, abs(-b), b / 2, a + 5, 5 + a)
print(sum([a, b, Money(1)]))
c = a
c += b
print(c, a, c is a)
c += 1
print(c)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
