"""assert with and without a message."""
def f(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
f(-3)
