"""The TypeError messages for calls with wrong arguments."""
def two(a, b):
    return a + b
def opt(a, b=1):
    return a
tests = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, 2, a=3),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs("x"),
    lambda: int("12", 1, 2),
    lambda: (lambda: 0)(1),
    lambda: [].append(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
