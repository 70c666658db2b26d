"""Dictionaries: creation, lookup, update, deletion and membership."""
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "c" in d, "z" not in d)
del d["b"]
print(d)
print(dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict(zip("abc", range(3))))
print(dict({"a": 1}, b=2), {**d, "z": 26}, d | {"a": 0})
e = {}
e[(1, 2)] = "tuple key"
e[3] = "int key"
e[3.0] = "float replaces int"
e[None] = "none"
print(e)
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(d), sorted(counts, key=counts.get), max(counts, key=counts.get))
d2 = d
d2["new"] = 1
print(d == d2, d is d2, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(repr({}), str({"q": "'"}))
