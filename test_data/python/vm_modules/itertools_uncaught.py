import itertools
print(list(itertools.islice(itertools.count(), 3)))
itertools.combinations('abc', -2)
