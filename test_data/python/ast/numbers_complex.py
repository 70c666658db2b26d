a = 1j
b = 1.5j
c = 1e3J
d = 0j
e = 1 + 2j
f = 1e400j
