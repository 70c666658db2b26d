"""iter() and next() over builtins, with defaults and sentinels."""
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
s = iter("xy")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
values = [3, 2, 1, 0, -1]
pos = iter(values)
def reader():
    return next(pos)
print(list(iter(reader, 0)))
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("ab")
print(next(e), next(e))
z = zip([1, 2, 3], "ab")
print(list(z))
