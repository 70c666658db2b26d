"""Assigning __class__: between compatible classes it changes the type and the methods
found; to anything else it raises CPython's TypeErrors."""


class A:
    def get(self):
        return "A"


class B(A):
    def get(self):
        return "B"


class S:
    __slots__ = ("a",)


class L(list):
    pass


a = A()
print(a.get(), type(a).__name__)
a.__class__ = B
print(a.get(), type(a).__name__, isinstance(a, B))
a.__class__ = A
print(a.get())
for v in [1, S, L, list]:
    try:
        a.__class__ = v
    except TypeError as e:
        print("TypeError:", e)
print(type(a).__name__)
a.__class__ = 5
