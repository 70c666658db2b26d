from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), len(list(product('abc', repeat=3))))
print(list(permutations('abc', 2)), list(permutations(range(3))))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
try:
    combinations('abc', -1)
except ValueError as e:
    print(e)
print(next(permutations([1, 2])), sum(1 for _ in permutations(range(5))), list(product()))
