s = "abc" "def"
t = ("long string "
     "continued")
u = "-" * 40
v = b"\x00" * 4
w = "\u00e9t\u00e9"
x = r"raw\n"
y = "quote's"
z = 'double"q'
q = "both'\""
print(s, t, u, v, w, x, y, z, q)
