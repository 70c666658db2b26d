from itertools import (chain, accumulate, groupby, zip_longest, takewhile, dropwhile,
                       starmap, filterfalse, pairwise, compress, tee)
import itertools
import operator
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'cranberry']), key=lambda s: s[0]):
    print(k, list(g))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(pairwise('ABCD')), list(pairwise([1])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(type(chain()).__name__, type(itertools.count()), isinstance(itertools.count(), itertools.count))
print(list(accumulate([3, 1, 4, 1, 5], max)))
