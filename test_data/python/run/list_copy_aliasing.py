"""Aliasing versus copying: names refer to objects."""
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
def modify(lst):
    lst.append("modified")
def rebind(lst):
    lst = ["new"]
    return lst
modify(a)
print(a)
print(rebind(a), a)
x = 10
y = x
y += 1
print(x, y)
s = "abc"
t = s
t += "d"
print(s, t)
tup = ([1], [2])
tup[0].append(9)
print(tup)
nested = [[0]] * 2
nested[0].append(1)
print(nested)
ok = [[0] for _ in range(2)]
ok[0].append(1)
print(ok)
