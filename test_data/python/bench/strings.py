"""Benchmark: building strings with join and with +=, and slicing them."""
def build():
    parts = []
    for i in range(300_000):
        parts.append(str(i))
    joined = ",".join(parts)
    print(len(joined))
    s = ""
    for i in range(300_000):
        s += "ab"
    print(len(s))
    words = []
    for i in range(100_000):
        w = f"word{i % 1000}"
        words.append(w.upper()[1:])
    print(len(" ".join(words)), words[-1])


build()
