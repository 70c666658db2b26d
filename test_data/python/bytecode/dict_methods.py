d = {"a": 1}
d.update(b=2)
d.setdefault("c", 3)
v = d.get("z", 0)
k = list(d.keys())
it = list(d.items())
p = d.pop("a")
print(d, v, k, it, p, {**d})
