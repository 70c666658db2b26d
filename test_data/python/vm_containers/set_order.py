def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
s = set()
for i in range(-20, 40, 3):
    s.add(i * 7919)
print(s)
for w in ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'é', '€uro', '😀']:
    s.add(w)
print(s)
for i in range(-20, 40, 6):
    s.discard(i * 7919)
print(s, len(s))
s.add((1, 2)); s.add((2, 1)); s.add(1.5); s.add(-1); s.add(-2)
print(s)
print(set('abracadabra'), frozenset('hello'))
print(set({'x': 1, 'y': 2, 3: 4}), set(range(20)), set(range(100, 0, -7)))
print({*'abc', *[1, 2, 3]}, {x * 31 for x in range(15)})
print(set(reversed(range(50))) == set(range(50)))
