from enum import Enum, IntEnum, StrEnum, auto
class C(str, Enum):
    RED = 'r'
    BLUE = 'b'
print(C.RED, repr(C.RED), C.RED == 'r', C('b'), C.RED.upper(), len(C))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B, S.A == 'a', f'{S.B}!')
class P(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(P.EARTH.mass, P.MERCURY.value, P.EARTH)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
