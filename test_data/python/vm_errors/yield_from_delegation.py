"""yield from: close and throw reaching the sub-generator, list iterators without throw, send relayed, return values, a throw that propagates out of both."""
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
g = outer(); next(g); g.close()
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("caught in delegator", e)
        yield "after"
g = over_list(); next(g)
print(g.throw(ValueError("v")))
def sub():
    yield 1
    raise KeyError("from sub")
def deleg():
    yield from sub()
g = deleg(); next(g)
try:
    next(g)
except KeyError as e:
    print("propagated", e)
def echo():
    while True:
        try:
            x = yield
        except TypeError:
            print("echo caught")
        else:
            print("echo got", x)
def relay():
    yield from echo()
r = relay(); next(r); r.send(5); r.throw(TypeError); r.send(6)
r.close()
def gen_ret():
    yield 1
    return "ret"
def take():
    v = yield from gen_ret()
    return v
t = take(); next(t)
try:
    t.send(None)
except StopIteration as e:
    print("final", e.value)
def thrower():
    yield 1
def d2():
    yield from thrower()
g = d2(); next(g)
g.throw(IndexError("deep"))
