"""Generator close() and throw(): GeneratorExit, finally blocks and handled errors."""
def worker():
    try:
        while True:
            try:
                value = yield
                print("  working on", value)
            except ValueError as e:
                print("  recovered from", e)
    finally:
        print("  cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
w.close()
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", e)
print(next(f, "finished"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def early():
    yield 1
e = early()
e.close()
print(list(e))
