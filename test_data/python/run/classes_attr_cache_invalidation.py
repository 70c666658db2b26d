"""Attribute lookups that change under a running loop: class attributes added and removed,
properties defined later, instance dicts shadowing methods, __class__ reassigned."""


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B(A):
    def get(self):
        return ("B", self.v)


def read_all(objs):
    out = []
    for o in objs:
        out.append(o.v)
        out.append(o.get())
    return out


objs = [A(1), A(2), B(3)]
for _ in range(10):
    r = read_all(objs)
print(r)

# An instance attribute shadows the method afterwards.
objs[0].get = lambda: "shadowed"
print(read_all(objs))
del objs[0].get
print(read_all(objs))

# A property on the class now takes precedence over the instance dict.
A.v = property(lambda self: "prop")
print(read_all(objs))
del A.v
print(read_all(objs))

# A method replaced on a base class after the calls were cached.
def new_get(self):
    return ("new", self.v)


A.get = new_get
print(read_all(objs))

# __class__ reassigned.
objs[0].__class__ = B
print(read_all(objs))


# Instances whose dicts hold the names in different orders.
class P:
    pass


ps = []
for i in range(6):
    p = P()
    if i % 2:
        p.x = i
        p.y = -i
    else:
        p.y = -i
        p.x = i
    ps.append(p)
total = 0
for _ in range(5):
    for p in ps:
        total += p.x * 10 + p.y
        p.x = p.x + 1
print(total, [(p.x, p.y) for p in ps])


# A __setattr__ added to the class later intercepts the cached stores.
class S:
    def __init__(self):
        self.a = 0


def bump(s):
    for _ in range(3):
        s.a = s.a + 1


s = S()
for _ in range(4):
    bump(s)
print(s.a)


def loud_setattr(self, name, value):
    object.__setattr__(self, name, value * 100)


S.__setattr__ = loud_setattr
bump(s)
print(s.a)


# A data descriptor with __set__ defined on the class after the stores were cached.
class Desc:
    def __get__(self, obj, owner):
        return "desc-get"

    def __set__(self, obj, value):
        print("desc-set", value)


class T:
    pass


def store(t):
    t.d = 5
    return t.d


t = T()
for _ in range(3):
    print(store(t))
T.d = Desc()
print(store(t))
