def f(xs):
    return len(xs), max(xs), min(xs), sum(xs), abs(-1), isinstance(xs, list)

print(f([1, 2]))
