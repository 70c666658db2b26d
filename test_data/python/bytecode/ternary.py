def sign(x):
    return 1 if x > 0 else -1 if x < 0 else 0

a = [sign(v) for v in (-2, 0, 2)]
b = "yes" if a else "no"
print(a, b)
