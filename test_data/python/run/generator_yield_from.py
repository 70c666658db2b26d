"""yield from delegates to a subgenerator, passing sends and return values through."""
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(3), (None,))))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n
print(list(tree(3)))
def collect():
    total = yield from tree(4)
    yield ("total", total)
print(list(collect()))
