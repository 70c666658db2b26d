"""Augmented assignment on names, attributes, subscripts; in-place on lists vs rebinding on tuples."""
n = 5
n += 3; n -= 1; n *= 4; n //= 3; n %= 5; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 0b10
print(n)
f = 7.0
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t_alias, t, t is t_alias)
class Obj:
    pass
o = Obj()
o.v = 1
o.v += 10
print(o.v)
d = {"k": [1]}
d["k"] += [2]
d["n"] = 0
d["n"] += 5
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
order = []
class Logged(list):
    def __getitem__(self, i):
        order.append(("get", i))
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        order.append(("set", i, v))
        super().__setitem__(i, v)
L = Logged([10, 20])
L[1] += 1
print(order, L)
