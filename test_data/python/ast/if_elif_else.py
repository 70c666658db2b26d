if a:
    x = 1
elif b:
    x = 2
elif c:
    pass
else:
    x = 3
