"""frozenset: hashable immutable sets, usable as dict keys and set members."""
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
print(f | {4}, f & {1, 5}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
print(frozenset() == set(), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset()))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(repr(frozenset()), frozenset(range(3)))
