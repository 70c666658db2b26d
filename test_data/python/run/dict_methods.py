"""The methods of dict: get, setdefault, pop, popitem, update, keys/values/items, fromkeys, copy, clear."""
d = {"one": 1, "two": 2, "three": 3}
print(d.get("one"), d.get("four"), d.get("four", 4))
print(d.setdefault("four", 4), d.setdefault("one", 100), d)
print(d.pop("two"), d.pop("nope", "default"), d)
print(d.popitem(), d)
d.update({"five": 5}, six=6)
d.update([("seven", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["one"] = -1
print(d["one"], c["one"])
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d |= {"eight": 8}
print(len(d), "eight" in d)
