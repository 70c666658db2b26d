"""Comprehensions have their own scope; closures inside them capture the loop variable."""
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    base = 10
    return [base + n for n in range(3)]
print(make())
class K:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(K.doubled)
total = 0
print([total := total + n for n in range(5)], total)
print({n: [m for m in range(n)] for n in range(4)})
