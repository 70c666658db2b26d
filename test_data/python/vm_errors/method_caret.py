"""Carets under a method call and a nested call."""
class A:
    def m(self, v):
        return int(v)
a = A()
value = a.m("12") + a.m("x")
