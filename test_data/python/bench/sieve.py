"""Benchmark: the sieve of Eratosthenes up to 2 million, with explicit loops."""
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags

flags = sieve(2_000_000)
count = 0
for f in flags:
    if f:
        count += 1
print(count)
