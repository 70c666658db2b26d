from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(max, [3, 9, 2]), functools.reduce(lambda s, x: s + [x], 'abc', []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(e)
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
