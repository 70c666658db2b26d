if (n := len(a)) > 10:
    print(n)
while chunk := f.read():
    pass
[y := f(x), y**2]
