import itertools

pairs = list(itertools.combinations("abc", 2))
prod = list(itertools.product(range(2), repeat=2))
chained = list(itertools.chain([1], [2, 3]))
for k, g in itertools.groupby("aabbc"):
    print(k, list(g))
print(pairs, prod, chained, list(itertools.islice(itertools.count(), 3)))
