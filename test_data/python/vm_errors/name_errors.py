"""NameError suggestions: locals first, then globals, then builtins; none when too far."""
def f():
    length = 3
    return lenght
try:
    f()
except NameError as e:
    print(e, e.name)
try:
    prnt("x")
except NameError as e:
    print(e)
try:
    zzzzzzzz
except NameError as e:
    print(e)
class Foo:
    value = 1
    def method(self):
        return self.valeu
Foo().method()
