def read(path):
    with open(path) as f:
        return f.read()

def both(a, b):
    with a as x, b as y:
        return x, y
