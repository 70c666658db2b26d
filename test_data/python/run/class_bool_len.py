"""Truth value of objects: __bool__ first, then __len__, else always true."""
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ -> {self.n}")
        return self.n
class Plain:
    pass
for obj in [Flag(True), Flag(False), Sized(0), Sized(3), Plain()]:
    if obj:
        print(type(obj).__name__, "is true")
    else:
        print(type(obj).__name__, "is false")
print(not Flag(False), bool(Sized(2)), Flag(True) and "yes")
print([x for x in [Sized(0), Sized(1)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
