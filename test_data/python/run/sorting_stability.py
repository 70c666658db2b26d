"""Sort stability and multi-key sorting done in passes."""
records = [("bob", "sales", 50), ("amy", "dev", 70), ("cal", "dev", 50), ("dee", "sales", 70), ("eve", "ops", 60)]
by_salary = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_salary])
by_dept_then_salary = sorted(by_salary, key=lambda r: r[1])
print([r[0] for r in by_dept_then_salary])
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
data = list(range(20))
data.sort(key=lambda n: n % 3)
print(data)
letters = list("deepdive")
letters.sort(key=lambda c: c in "aeiou")
print("".join(letters))
def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
print(insertion_sort([5, 2, 9, 1, 5, 6]))
