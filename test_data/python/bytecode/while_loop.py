n = 10
total = 0
while n > 0:
    total += n
    n -= 1
else:
    print("done")
print(total)
