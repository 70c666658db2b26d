"""Class decorators and classes used as decorators."""
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin
print(User("ann"), [User("bob", True)])
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.func(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print({k: v.__name__ for k, v in registry.items()})
