"""__getattr__, __setattr__, __delattr__ and the getattr/setattr/hasattr/delattr builtins."""
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        del self._fields[name]
r = Record(a=1)
print(r.a)
r.b = 2
print(r.b, getattr(r, "a"), getattr(r, "zzz", "default"), hasattr(r, "zzz"))
setattr(r, "c", 3)
del r.a
print(r._fields)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    x = 1
p = Plain()
setattr(p, "y", 2)
print(getattr(p, "x"), p.y, hasattr(p, "x"), hasattr(Plain, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
try:
    delattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
