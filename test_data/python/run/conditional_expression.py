"""The ternary conditional expression and its precedence."""
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity, (1 if True else 2) + 10, 1 if False else 2 + 10)
print([("F" if i % 3 == 0 else "") + ("B" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
print(max(3, 5) if x else min(3, 5), (lambda: "a" if x else "b")())
name = ""
print(name if name else "anonymous", name or "anon")
