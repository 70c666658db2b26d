"""A generator's return value travels in StopIteration.value."""
def gen():
    yield 1
    yield 2
    return "done"
g = gen()
print(list(g))
g = gen()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def summary(items):
    count = 0
    for _ in items:
        count += 1
        yield count
    return f"{count} items"
def driver():
    result = yield from summary("abc")
    print("summary said:", result)
for step in driver():
    print("step", step)
def no_return():
    yield
try:
    n = no_return()
    next(n)
    next(n)
except StopIteration as e:
    print(repr(e.value))
