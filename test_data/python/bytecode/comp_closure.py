def f(n):
    return [i * n for i in range(n)]

def g(items):
    return {x: [y for y in items if y > x] for x in items}

print(f(3), g([1, 2, 3]))
