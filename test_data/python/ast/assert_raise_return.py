assert x
assert x, 'msg'
def f():
    return 1, 2
raise
raise E
raise E from None
