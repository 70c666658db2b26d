"""itertools.groupby and itertools.accumulate."""
from itertools import groupby, accumulate
import operator
data = "aaabbcaaa"
print([(k, len(list(g))) for k, g in groupby(data)])
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
runs = [1, 1, 2, 2, 2, 3, 1]
print("".join(f"{k}x{len(list(g))} " for k, g in groupby(runs)))
