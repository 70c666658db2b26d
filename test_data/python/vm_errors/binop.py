"""Binary operator carets: ~~^~~ under a failing division."""
def f(a, b):
    return a / b + 1

x = 1
print(f(x, 0))
