"""Reference counts as containers, functions and attributes take and drop references."""
import sys
obj = ["payload"]
print(sys.getrefcount(obj))
holder = [obj, obj]
print(sys.getrefcount(obj))
d = {"k": obj}
print(sys.getrefcount(obj))
holder.pop()
print(sys.getrefcount(obj))
del d["k"]
print(sys.getrefcount(obj))
def inside(x):
    return sys.getrefcount(x)
print(inside(obj))
class Box:
    pass
box = Box()
box.item = obj
print(sys.getrefcount(obj))
box = None
print(sys.getrefcount(obj))
holder.clear()
print(sys.getrefcount(obj))
