"""Default argument values, evaluated once at definition time."""
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
counter = 5
def snapshot(value=counter):
    return value
counter = 99
print(snapshot(), snapshot(1))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
print(greet.__defaults__, power.__defaults__)
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
