"""with statements with several managers, parenthesized, and exits in reverse order."""
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError(f"{self.name} failed to enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "")
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a.name, b.name)
with (
    CM("p1") as p1,
    CM("p2"),
):
    print("parenthesized", p1.name)
try:
    with CM("ok"), CM("bad", fail=True), CM("never"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x"), CM("y"):
        raise KeyError("in body")
except KeyError as e:
    print("caught", repr(e))
