for x in range(5):
    if x == 3:
        print("found")
        break
else:
    print("not found")

for y in []:
    pass
else:
    print("empty")
