"""TypeError messages of operators."""
x = None
for f in [lambda: 1 + "a", lambda: "a" * "b", lambda: [] < 1, lambda: -"x", lambda: x(), lambda: len(5), lambda: x[0], lambda: {}[[]]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
x = None
x.attr
