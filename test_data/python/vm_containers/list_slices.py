def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
l = list(range(10))
print(l[2:5], l[::2], l[::-1], l[-3:], l[:-3], l[8:2:-2], l[100:], l[-100:2], l[1:8:3])
m = l[:]; m[2:5] = ['a', 'b']; print(m)
m = l[:]; m[::3] = 'wxyz'; print(m)
m = l[:]; m[1:1] = [100, 101]; print(m)
m = l[:]; del m[::2]; print(m)
m = l[:]; del m[1:8:3]; print(m)
m = l[:]; del m[5:]; print(m)
m = l[:]; del m[-2]; print(m)
m = l[:]; m[::-1] = range(10); print(m)
def bad():
    m = l[:]
    m[::2] = [1, 2]
t(bad)
def bad2():
    m = l[:]
    m[20]
t(bad2)
def bad3():
    m = l[:]
    m[20] = 1
t(bad3)
def bad4():
    m = l[:]
    del m[20]
t(bad4)
t(lambda: l['a'])
t(lambda: l[1.5])
print((1, 2, 3)[::-1], (1, 2, 3)[1:], 'abcdef'[::2], range(10)[2:8:2])
