"""throw() with a class, a class and value, an instance; throw into a finished generator."""
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError, "v")
it.throw(ValueError("inst"))
it.throw(KeyError, ("a", "b"))
def once():
    yield 1
o = once()
list(o)
try:
    o.throw(RuntimeError("late"))
except RuntimeError as e:
    print("finished generator re-raises", e)
try:
    it.throw(ValueError("a"), "b")
except TypeError as e:
    print(e)
try:
    it.throw(5)
except TypeError as e:
    print(e)
def fresh():
    yield 1
f = fresh()
f.throw(IndexError("unstarted"))
