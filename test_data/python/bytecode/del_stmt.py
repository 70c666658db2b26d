x = 1
del x
d = {"a": 1}
del d["a"]
class A: pass
a = A()
a.y = 2
del a.y

def f():
    z = 1
    del z
