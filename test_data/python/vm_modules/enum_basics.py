from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f'{self.name} is {self.value}'
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, type(Color.RED).__name__, Color)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), f'{Color.RED}', Color.__members__)
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = auto()
print(Pri.HIGH, repr(Pri.HIGH), Pri.LOW + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri(2), Pri.HIGH == 2)
class Dir(Enum):
    N = auto()
    S = auto()
    ALIAS = 1
print(list(Dir), Dir.ALIAS, Dir.ALIAS is Dir.N, {Dir.N: 'north'}[Dir.N])
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
print(Color.RED in Color, max(Pri), [p.name for p in reversed(Pri)] if hasattr(Pri, '__reversed__') else None)
