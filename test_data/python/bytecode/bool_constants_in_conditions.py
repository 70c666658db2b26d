if True:
    x = 1
if False:
    x = 2
while 0:
    pass
y = 1 if True else 2
assert True
if not None:
    print(x, y)
