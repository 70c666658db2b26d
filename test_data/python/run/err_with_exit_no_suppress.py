"""An exception passing through a context manager whose __exit__ does not suppress it."""
class Session:
    def __enter__(self):
        print("open session")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close session after", exc_type.__name__)
        return False

with Session():
    raise PermissionError("access denied")
