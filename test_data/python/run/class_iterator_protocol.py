"""Iterator classes with __iter__ and __next__, and StopIteration ending loops."""
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "exhausted"))
for x in Countdown(3):
    print("tick", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, max(r))
class Fib:
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
for i, f in zip(range(10), Fib()):
    print(f, end=" ")
print()
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
i = iter([1, 2])
print(iter(i) is i, type(i).__name__)
