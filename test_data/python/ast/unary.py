a = -x
b = +x
c = ~x
d = not x
e = -x ** -y
f = --x
