"""type() names and reprs of built-in types and functions."""
samples = [1, 1.5, "s", True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(1), len, print, int, type, object(), Ellipsis, NotImplemented]
for s in samples:
    print(type(s).__name__)
print(int, str, list, type, object, Exception, ValueError)
print(repr(len), repr(print), repr(Ellipsis), repr(NotImplemented), repr(...))
class Custom:
    pass
print(Custom, type(Custom()), Custom.__module__)
import math
print(type(math).__name__, math.__name__)
