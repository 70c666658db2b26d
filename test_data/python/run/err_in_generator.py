"""An exception raised inside a generator while a for loop consumes it."""
def parse(lines):
    for line in lines:
        yield int(line)

total = 0
for n in parse(["1", "2", "x3"]):
    total += n
    print("running total", total)
