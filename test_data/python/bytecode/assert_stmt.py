def f(x):
    assert x > 0
    assert x < 10, "too big"
    return x

f(5)
