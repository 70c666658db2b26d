"""__exit__ sees exceptions; returning True suppresses them."""
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
            return False
        print("exit saw", exc_type.__name__, exc)
        self.caught = exc
        return issubclass(exc_type, self.types)
with Suppress(ValueError) as s:
    int("nope")
print("after suppressed:", repr(s.caught))
with Suppress(KeyError):
    print("no error here")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0] is not None)
try:
    with Resource():
        raise RuntimeError("boom")
except RuntimeError as e:
    print("handled", e)
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("not called")
try:
    with BadEnter():
        print("not run")
except OSError as e:
    print("OSError:", e)
