"""None as a value, identity checks and the truthiness of objects."""
def nothing():
    pass

def maybe(x):
    if x > 0:
        return x

print(nothing(), maybe(3), maybe(-3))
print(nothing() is None, maybe(1) is not None)
print(type(None).__name__, repr(None), str(None))
items = [0, 1, "", "x", [], [None], None, 0.0, {}, set(), (), (0,)]
print([bool(i) for i in items])
print([i for i in items if i])
x = None
print("empty" if not x else "full")
print(x or "default", None == False, None == 0)
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()))
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("b", "dflt"), "a" in d)
