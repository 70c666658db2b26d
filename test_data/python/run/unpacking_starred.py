"""Starred assignment targets and starred expressions in literals and calls."""
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [1]
print(head, tail)
(x, *y), z = (1, 2, 3), 4
print(x, y, z)
print([*range(3), *"ab", *{"k": 1}], (*[1, 2], 3), {*(1, 2), *[2, 3]})
print({**{"a": 1}, **{"b": 2, "a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
for a, *b, c in ["abc", "abcd", [1, 2]]:
    print(a, b, c)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
*all_, = [5, 6]
print(all_)
