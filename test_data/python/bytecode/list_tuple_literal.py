a = []
b = [1, 2, 3]
x = 5
c = [x, x + 1]
d = [*b, *c]
e = ()
f = (1,)
g = (x, 2)
h = (*b, 4)
print(a, b, c, d, e, f, g, h)
