a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, 2 in a)
a.add(5)
a.discard(1)
a |= b
