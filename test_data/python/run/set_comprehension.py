"""Set comprehensions."""
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(sorted(primes))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, evens & primes)
