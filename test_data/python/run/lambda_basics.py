"""lambda expressions: anonymous single-expression functions."""
add = lambda a, b: a + b
print(add(2, 3), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print((lambda x, y=10: x * y)(3), (lambda x, /, *, y: x - y)(5, y=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), add.__name__)
