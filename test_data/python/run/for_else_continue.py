"""for loops over sequences with continue, break and else."""
for word in ["apple", "skip", "banana"]:
    if word == "skip":
        continue
    print(word)
else:
    print("done without break")
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for ch in "hello":
    if ch == "l":
        print("found l")
        break
else:
    print("no l")
for i in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    pass
print("i after loop:", i)
for key, value in {"a": 1, "b": 2}.items():
    print(key, value)
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
