"""is versus ==: identity of objects, small values and singletons."""
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, True is True, a is a)
x = None
print(x is None, x == None)
class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w == None, w is None)
def f():
    pass
print(f is f, f() is None)
s1 = "hello"
s2 = "hello"
print(s1 == s2)
print(type(1) is int, type(True) is bool, type(True) is int)
