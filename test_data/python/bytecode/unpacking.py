a, b = 1, 2
a, b = b, a
(c, d), e = (1, 2), 3
first, *rest = [1, 2, 3]
*init, last = "abc"
x, y, z = range(3)
[p, q] = 4, 5
a, b, c = c, b, a
print(a, b, c, d, e, first, rest, init, last, x, y, z, p, q)
