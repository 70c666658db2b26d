a = {1, 2, 3}
b = {1, "a", 2.5}
x = 1
c = {x, 2}
d = {*a, 4}
print(a, b, c, d, set())
