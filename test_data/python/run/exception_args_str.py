"""str(), repr() and .args of exceptions built with 0, 1 and several arguments."""
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(42), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError("idx"), OSError(2, "No such file"), StopIteration(5),
          ZeroDivisionError("division by zero"), RuntimeError(None), AttributeError("x")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e))
print(type(e).__name__, isinstance(e, FileNotFoundError))
s = StopIteration(7)
print(s.value)
class E(Exception):
    pass
x = E("one")
x.args = ("changed", 2)
print(str(x), x.args)
