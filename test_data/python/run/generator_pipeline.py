"""Chaining generators into a lazy data pipeline."""
def read_lines():
    text = """# config
name = deepdive
  version = 3
# comment

mode = teach
"""
    for line in text.splitlines():
        print("  read:", repr(line))
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
pipeline = parse(strip_comments(read_lines()))
print("nothing read yet")
print(next(pipeline))
print(dict(pipeline))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
