"""while loops with break, continue and else."""
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("loop finished normally")
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")
for v in (91, 97, 2, 1024):
    find_divisor(v)
i = 10
while i:
    i -= 3
    if i < 0:
        break
print("i =", i)
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps:", steps)
while False:
    print("never")
else:
    print("else of a loop that never ran")
