"""Positional-only parameters before /."""
def div(a, b, /):
    return a / b
print(div(10, 4))
try:
    div(a=10, b=4)
except TypeError as e:
    print("TypeError:", e)
def mixed(x, /, y, *, z):
    return x + y + z
print(mixed(1, 2, z=3), mixed(1, y=2, z=3))
try:
    mixed(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
def kw_same_name(name, /, **kwargs):
    return name, kwargs
print(kw_same_name("pos", name="kw"))
def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, 5, c=6))
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
