"""del on names, list items, slices, dict keys and attributes."""
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in globals())
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
