"""Generator send, throw, close, yield from return values."""
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(1), g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", e)
        yield 99
    return "subret"
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r
o = outer()
print(next(o))
print(o.throw(KeyError("boom")))
print(next(o))
def closer():
    try:
        yield 1
    finally:
        print("closing")
c = closer()
next(c)
c.close()
print(c.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(list(x * x for x in range(4)))
print(callable(g.__next__), iter(o) is o)
