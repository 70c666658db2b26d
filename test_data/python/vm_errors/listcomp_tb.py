"""Tracebacks through a list comprehension, a lambda and a generator expression."""
def check(v):
    if v > 2:
        raise ValueError(f"too big: {v}")
    return v
f = lambda xs: [check(x) for x in xs]
try:
    f([1, 2, 3])
except ValueError as e:
    print("caught", e)
total = sum(check(x) for x in range(5))
