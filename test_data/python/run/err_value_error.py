"""An uncaught ValueError from int() on bad input."""
values = ["1", "2", "three"]
numbers = []
for v in values:
    numbers.append(int(v))
    print("parsed", v)
