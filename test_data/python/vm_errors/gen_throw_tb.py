"""throw() into a suspended generator: the traceback includes the generator frame."""
def g():
    yield 1
    yield 2
it = g()
next(it)
it.throw(ValueError("thrown"))
