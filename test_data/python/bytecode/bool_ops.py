def f(a, b, c):
    x = a and b
    y = a or b or c
    z = a and (b or c)
    if a and b:
        print("both")
    if a or not b:
        print("either")
    while a and not c:
        a -= 1
    return x, y, z

f(1, 2, 3)
