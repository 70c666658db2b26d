"""map, filter, zip, enumerate, reversed, sorted and iter/next working together."""
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(map(str, nums)), list(map(lambda a, b: a * b, nums, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n > 3, nums)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2], "xy", (True, False))))
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(reversed(nums)), list(reversed("abc")), sorted(nums)[::-1] == sorted(nums, reverse=True))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"))
it = iter([10, 20])
print(next(it), list(it))
names = ["x", "y", "z"]
for i, (name, val) in enumerate(zip(names, nums), 1):
    print(i, name, val)
print(dict(enumerate("hi")), list(zip(*zip([1, 2], [3, 4]))))
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
