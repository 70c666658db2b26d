def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class MyInt(int):
    def __repr__(self):
        return 'MyInt(' + str(int(self)) + ')'
class MyFloat(float):
    pass
a = MyInt(5)
print(a, a + 1, a * 2, -a, a == 5, hash(a) == hash(5), isinstance(a, int), type(a + 1).__name__, a.bit_length(), int(a), abs(a))
f = MyFloat(2.5)
print(f, f + 1, f.is_integer(), round(f), type(f * 2).__name__, float(f), f == 2.5, f.hex())
print(int.__add__(a, 1), float.__mul__(2.0, 3.0), int.__lt__(1, 2), int.__eq__(1, 1.0), float.__eq__(1.0, 1))
print(sorted([MyInt(3), MyInt(1), 2]), max(MyInt(3), 4), sum([MyInt(1), MyInt(2)]))
class Bits(int):
    def __add__(self, other):
        return 'custom add'
print(Bits(1) + 1, 1 + Bits(1), Bits(3) * 2)
