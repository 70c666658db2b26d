"""Comparing ints, floats and bools with each other, and sorting mixed numbers."""
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 16 + 1 > 1e16)
print(0.1 < 1 / 9, 3 >= 3.0, -1 <= -1.0)
print(sorted([3, 1.5, -2, 0.0, True, 2 ** 70, -1e30]))
print(max(1, 2.0), min(2.0, 2), max(2, 2.0))
print(5 != 5.0, 5 != None)
print(hash(1) == hash(1.0), hash(2 ** 61 - 1), hash(-1), hash(0.5), hash(-2))
values = {1: "int", 1.0: "float", True: "bool"}
print(values)
print(1 in [1.0], 2.0 in {2}, 0 in {False: 1})
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), [1, 2] == [1.0, 2.0], (0,) < (0.5,))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print([1, [2, 3]] < [1, [2, 4]])
