"""PEP 479: StopIteration inside a generator becomes RuntimeError."""
def g():
    yield 1
    raise StopIteration("inner")
for x in g():
    print(x)
