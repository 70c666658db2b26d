"""RecursionError through repr(), comparisons, class calls, min/max keys and list.sort:
CPython 3.11 counts those C-level calls against the limit too."""
n = 0
class A:
    def __repr__(self):
        global n; n += 1
        return repr(self)
    def __eq__(self, o):
        global n; n += 1
        return self == o
    def __getattr__(self, name):
        global n; n += 1
        return self.zz
class B:
    def __init__(self):
        global n; n += 1
        B()
def viamax(x):
    global n; n += 1
    return max([x], key=viamax)
class M:
    def m(self):
        global n; n += 1
        return [1].sort(key=lambda v: self.m())
def plain(x):
    global n; n += 1
    return plain(x)
cases = [("repr", lambda: repr(A())), ("eq", lambda: A() == A()), ("getattr", lambda: A().foo),
         ("init", B), ("max", lambda: viamax(1)), ("sortmeth", lambda: M().m()), ("plain", lambda: plain(1))]
for name, f in cases:
    n = 0
    try:
        f()
    except RecursionError as e:
        print(name, n, e)
