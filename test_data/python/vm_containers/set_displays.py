def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
print({33, 1, 17, 65}, {100, 10, 1000, 1}, frozenset({9, 17, 25, 1}), 17 in {1, 9, 17, 25})
print({8, 16, 24, 32, 40}, {'x', 'y', 'z'}, {1.5, 2.5, 3.5}, {-1, -2, -3, -9})
s = {1, 9, 17, 25, 33}
s.add(41); s.discard(9); s.add(49)
print(s, s | {57, 65, 73})
