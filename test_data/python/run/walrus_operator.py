"""Assignment expressions (:=) in conditions, comprehensions and while loops."""
data = [5, 3, 8, 1, 9, 2]
if (n := len(data)) > 4:
    print(f"list is long ({n} elements)")
values = iter(data)
while (v := next(values, None)) is not None:
    if v > 7:
        print("big", v)
print([y for x in data if (y := x * 2) > 10])
print([(x, y) for x in range(5) if (y := x * x) % 2 == 0], y)
line_source = iter(["a", "b", "", "c"])
lines = []
while (line := next(line_source)):
    lines.append(line)
print(lines)
def f(x):
    return x * 10
results = [r for x in range(4) if (r := f(x)) > 10]
print(results)
print((total := 10) + total)
