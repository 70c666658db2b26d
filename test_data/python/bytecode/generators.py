def gen(n):
    for i in range(n):
        yield i
    return "done"

def delegate():
    result = yield from gen(3)
    yield result

print(list(delegate()))
