"""Generator functions: yield, laziness, state between calls and exhaustion."""
def count_up(limit):
    print("  generator started")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("  generator finished")
gen = count_up(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
print(list(count_up(4)))
def squares():
    for i in range(1, 4):
        yield i * i
    yield from [100, 200]
print(list(squares()), sum(squares()))
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), list(evens(squares())))
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
g = (c for c in "ab")
print(iter(g) is g, list(g))
