"""collections.defaultdict with list, int, set and lambda factories."""
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "bat", "avocado", "cherry", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s[1].add("one")
s[1].add("uno")
print(sorted(s[1]), s.default_factory)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print("q" in counts, counts.get("q"), "q" in counts)
