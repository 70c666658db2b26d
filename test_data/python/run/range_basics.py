"""range objects: iteration, indexing, slicing, membership and length."""
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], list(r[::-1]))
print(5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), len(range(-10, 10, 7)))
print(sum(range(1, 1001)), max(range(7)), range(10)[3:][1])
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
