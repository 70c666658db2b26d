from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(1, 3), asdict(p), astuple(p), replace(p, y=9))
print([f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__doc__)
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = 'S'
cards = [Card(3, 'H'), Card(1), Card(3, 'C')]
print(sorted(cards), Card(1) < Card(2), hash(Card(1)) == hash(Card(1)), {Card(1): 'x'}[Card(1)])
try:
    cards[0].rank = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def total(self):
        return len(self.items) + self.count
i = Inv('a'); i.items.append(3); j = Inv('b')
print(i, j, i.total(), j.items)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4), Post.__hash__ is None)
@dataclass
class Child(Point):
    z: int = 7
print(Child(1, 2, 3), Child(1))
@dataclass
class Nested:
    p: Point
    tags: list = field(default_factory=list)
print(asdict(Nested(Point(1, 2), ['t'])))
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
