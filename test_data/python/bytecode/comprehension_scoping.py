x = 10
def f():
    y = 2
    a = [x + y for _ in range(2)]
    b = [[y for _ in range(1)] for _ in range(1)]
    c = [lambda: y for _ in range(1)]
    return a, b, c

class C:
    z = 3
    items = [z for _ in range(2)] if False else []
