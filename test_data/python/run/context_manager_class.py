"""with statements calling __enter__ and __exit__, in order, with nested managers."""
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None)
        return False
with Managed("a") as value:
    print("body with", value)
with Managed("outer") as o, Managed("inner") as i:
    print("body", o, i)
def early_return():
    with Managed("func"):
        return "returned"
print(early_return())
for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
with Managed("no-as"):
    pass
