for i in range(10):
    print(i)
else:
    print('done')
for a, (b, c) in items:
    pass
for x, in y:
    pass
