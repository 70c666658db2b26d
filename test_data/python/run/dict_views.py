"""Dictionary views are live and support set operations."""
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "a" in keys)
print(keys & {"a", "z"}, sorted(keys | {"e"}), sorted(keys - {"a"}), keys ^ {"a", "q"} == {"b", "c", "d", "q"})
print(sorted(items)[0], list(reversed(keys)))
for k, v in items:
    print(k, v, end=" ")
print()
print(d.keys() == {"a", "b", "c", "d"}, d.items() == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(sum(values), max(values), sorted(values, reverse=True))
