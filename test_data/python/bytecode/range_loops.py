total = 0
for i in range(1, 100, 3):
    total += i
for i in reversed(range(3)):
    print(i)
for k, v in {"a": 1}.items():
    print(k, v)
print(total)
