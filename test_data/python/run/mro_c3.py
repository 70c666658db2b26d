"""Multiple inheritance: C3 linearization, __mro__ and method resolution."""
class O:
    def who(self):
        return "O"
class A(O):
    def who(self):
        return "A"
class B(O):
    def who(self):
        return "B"
    def only_b(self):
        return "only in B"
class C(O):
    pass
class D(A, B):
    pass
class E(B, C):
    pass
class F(D, E):
    pass
for cls in (D, E, F):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(F().who(), F().only_b(), E().who(), C().who())
print(F.mro() == list(F.__mro__))
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__], Z.__bases__)
