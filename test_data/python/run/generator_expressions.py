"""Generator expressions: lazy, single-pass, passed straight to functions."""
gen = (x * x for x in range(5))
print(type(gen).__name__)
print(next(gen), next(gen), list(gen), list(gen))
print(sum(x for x in range(101) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -2]))
print(sorted((c for c in "generator"), reverse=True))
print("".join(str(d) for d in range(10)))
log = []
def noisy(n):
    log.append(n)
    return n
lazy = (noisy(i) for i in range(3))
print(log)
first = next(lazy)
print(first, log)
print(dict((i, chr(97 + i)) for i in range(3)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
