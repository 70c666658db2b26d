"""Benchmark: counting words in a dict."""
text = ("the quick brown fox jumps over the lazy dog and the cat sat on the mat while "
        "a bird sang in the tree near the river bank under the bright sun ")
words = text.split()
counts = {}
for _ in range(20_000):
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
keyed = {}
for i in range(300_000):
    k = i % 5003
    keyed[k] = keyed.get(k, 0) + i
print(len(counts), counts["the"], len(keyed), keyed[17])
