data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(n)
while (item := data.pop()) > 2:
    print(item)
ys = [y for x in data if (y := x * 2) > 1]
print(ys)
