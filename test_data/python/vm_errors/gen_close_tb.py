"""A generator raising in its finally on close, and an error inside a yield from chain."""
def inner():
    yield 1
    raise ValueError("inner failed")
def outer():
    yield from inner()
def cleanup():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
c = cleanup()
next(c)
try:
    c.close()
except KeyError as e:
    print("close raised", e)
for x in outer():
    print(x)
