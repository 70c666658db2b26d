def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
s = set(range(0, 200, 3))
print([s.pop() for _ in range(10)])
s.add(0); s.add(1)
print([s.pop() for _ in range(5)], len(s))
s.clear(); s.update(range(10))
print(s.pop(), s.pop(), s)
w = set('abcdefghijklmnop')
print(''.join(sorted(w)), len(w))
out = []
while w:
    out.append(w.pop())
print(out)
