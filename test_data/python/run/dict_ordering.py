"""Dicts keep insertion order; updating keeps the position, deleting and re-adding moves to the end."""
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d)
d["apple"] = 0
print(list(d))
del d["banana"]
d["banana"] = 1
print(list(d))
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(d)
print(list(reversed(d))[:3])
a = {1: 1, 2: 2}
b = {2: 2, 1: 1}
print(a == b, list(a) == list(b))
try:
    for k in d:
        d["x" + str(k)] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
