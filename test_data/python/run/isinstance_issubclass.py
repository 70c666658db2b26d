"""isinstance, issubclass and type() with builtins, user classes and tuples."""
class A:
    pass
class B(A):
    pass
class C:
    pass
objs = [1, 1.0, True, "s", [], (), {}, set(), None, A(), B(), len, A]
for o in objs:
    print(type(o).__name__, isinstance(o, int), isinstance(o, (list, tuple)), isinstance(o, A), isinstance(o, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, object), issubclass(type, object))
print(type(A), type(type), type(B()) is B, type(1) == int, isinstance(A, type))
print(int.__name__, type(None).__name__, type(len).__name__, type(lambda: 0).__name__, type(A().__init__).__name__)
print(B.__bases__, object.__bases__, A.__subclasses__() if False else "")
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
