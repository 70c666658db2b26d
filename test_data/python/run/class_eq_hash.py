"""__eq__ and __hash__: value equality, use in sets and dicts, unhashable when only __eq__."""
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
a, b, c = Card(10, "h"), Card(10, "h"), Card(2, "s")
print(a == b, a is b, a != c, a == 10, len({a, b, c}))
d = {a: "ten of hearts"}
print(d[b], b in d, Card(2, "s") in [c])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), hash(x) == hash(x))
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), [1, 2].count(AlwaysEqual()), AlwaysEqual() in [None])
