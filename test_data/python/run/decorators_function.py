"""Function decorators: wrapping, stacking and order of application."""
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def trace(func):
    def wrapper(*args):
        print(f"-> {func.__name__}{args}")
        result = func(*args)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("world"), greet.__name__)
@trace
def add(a, b):
    return a + b
add(2, 3)
def first(f):
    print("applying first")
    return lambda: "first(" + f() + ")"
def second(f):
    print("applying second")
    return lambda: "second(" + f() + ")"
@first
@second
def base():
    return "base"
print(base())
calls = []
def register(f):
    calls.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(calls, one is not None)
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
