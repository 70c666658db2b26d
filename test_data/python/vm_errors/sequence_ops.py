"""TypeError messages of the sequences' own + and * (sq_concat, sq_repeat)."""
class S(str): pass
for f in [lambda: "a" + 1, lambda: [1] + (2,), lambda: (1,) + [2], lambda: b"a" + "b", lambda: "a" * "b", lambda: 1.5 * "a", lambda: [1] * 2.0, lambda: S("x") + 1, lambda: 1 + "a", lambda: None + [1]]:
    try:
        f()
    except TypeError as e:
        print(e)
x = "s"
try:
    x += 1
except TypeError as e:
    print(e)
y = [1]
try:
    y += 1
except TypeError as e:
    print(e)
