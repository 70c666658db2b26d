"""assert evaluates its message only on failure."""
def expensive():
    print("message computed")
    return "failure message"
assert True, expensive()
try:
    assert 0, expensive()
except AssertionError as e:
    print("caught:", e)
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return True
print(check_sorted([1, 2, 3]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [] , []
except AssertionError as e:
    print(repr(e), e.args)
