"""itertools.product, permutations, combinations and combinations_with_replacement."""
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(["".join(p) for p in permutations("cat") if "".join(p) < "cz"])
coins = [1, 5, 10]
print(sorted({sum(c) for c in combinations_with_replacement(coins, 2)}))
