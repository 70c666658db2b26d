"""An uncaught IndexError reading past the end of a list inside a loop."""
items = [10, 20, 30]
i = 0
while True:
    print(items[i])
    i += 1
