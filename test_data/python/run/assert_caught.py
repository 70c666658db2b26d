"""assert statements: passing, failing with and without a message, caught."""
assert 1 + 1 == 2
assert [1], "non-empty lists are true"
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x * 2
print(check(3))
for v in ["s", -1]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False, ("tuple", "msg")
except AssertionError as e:
    print(e)
