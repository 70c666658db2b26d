"""any() and all() short-circuit over iterables."""
print(any([False, 0, ""]), any([0, "x"]), all([1, "x", [0]]), all([1, 0]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)))
def noisy(v):
    print("  check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
words = ["apple", "avocado", "banana"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words))
matrix = [[1, 2], [3, 0]]
print(all(all(row) for row in matrix), any(0 in row for row in matrix))
