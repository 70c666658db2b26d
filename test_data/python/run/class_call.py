"""__call__ makes instances callable."""
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={kwargs}"
c = Counter()
print(c(), c(1, 2), c(x=3), c.calls, callable(c), callable(Counter))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Polynomial(1, 0, 2)
print([p(x) for x in range(5)], list(map(p, [10])))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(sorted([3, 1, 2], key=Adder(-10)), Adder(5)(Adder(1)(0)))
