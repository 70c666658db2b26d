"""Dicts that grow past their index, lose keys and get them back: order and lookups hold."""
d = {}
for i in range(2000):
    d[i * 7 % 2003] = i
for i in range(0, 2000, 3):
    del d[i * 7 % 2003]
for i in range(0, 2000, 6):
    d[i * 7 % 2003] = -i
print(len(d), list(d.items())[:5], list(d.items())[-5:])
print(sum(d.values()), all(d[k] == v for k, v in d.items()))

# Keys whose hashes collide: -1 and -2 both hash to -2; multiples of 2**61 - 1 hash to 0.
m = 2**61 - 1
c = {-1: "a", -2: "b", 0: "z", m: "m", 2 * m: "mm", 0.0: "float zero", True: "t", 1.0: "one"}
print(c)
print(c[-1], c[-2], c[0], c[m], c[2 * m], c[1], c.get(3 * m))
del c[-1], c[m]
print(c, -2 in c, -1 in c, m in c, 2 * m in c)

# Equal keys of other types find the same entry.
e = {}
for k in range(20):
    e[k] = k
e[3.0] = "three"
e[True] = "true"
print(e[3], e[1], len(e))

# Strings built at run time find the entries of literal keys.
words = {}
for w in "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjj".split():
    words[w] = len(w)
print(words["".join(["c"] * 3)], words.get("j" * 10), "x" in words)
while words:
    k = next(iter(words))
    del words[k]
    if len(words) == 5:
        print(list(words))
for i in range(100):
    words[str(i)] = i
    if i % 2:
        del words[str(i - 1)]
print(len(words), list(words)[:6], words["99"])
