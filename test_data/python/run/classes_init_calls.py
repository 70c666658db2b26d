"""Class calls that run a Python __init__: the refcount inside it, a bad return value,
recursion through constructors (the depth CPython reaches), exceptions out of __init__."""
import sys


class A:
    def __init__(self, x):
        print("refcount in __init__:", sys.getrefcount(self))
        self.x = x
        if x == 3:
            return 5


def make(n):
    return A(n)


print(make(1).x)
try:
    make(3)
except TypeError as e:
    print("TypeError:", e)

deepest = 0


class R:
    def __init__(self, n):
        global deepest
        deepest = n
        self.child = R(n + 1)


try:
    R(0)
except RecursionError as e:
    print("RecursionError:", e, deepest)


class Bad:
    def __init__(self, items):
        self.first = items[0]


for arg in [[1], []]:
    try:
        print(Bad(arg).first)
    except IndexError as e:
        print("IndexError:", e)


class WithNew:
    def __new__(cls, x):
        print("__new__", x)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


class Gen:
    def __init__(self):
        yield 1


print(WithNew(7).x)
try:
    Gen()
except TypeError as e:
    print("TypeError:", e)
make(3)
