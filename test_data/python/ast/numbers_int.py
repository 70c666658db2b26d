a = 0
b = 123
c = 1_000_000
d = 0x_ff
e = 0o777
f = 0b1010
g = 0XAB
h = 00
