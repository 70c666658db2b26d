"""Iteration order of sets of strings: fixed by PYTHONHASHSEED=0, as the corpus runs under."""
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
print(list(words))
print({c for c in "hello world"})
print(frozenset(["x", "y", "z"]))
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(s, len(s))
print(hash("a") == hash("a"), hash("") == 0)
