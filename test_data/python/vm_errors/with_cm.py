"""Context managers defined with classes; __exit__ returning true suppresses."""
class Suppress:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Suppress() as s:
    raise ValueError("hidden")
print("after")
class Loud:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        print("exit loud")
with Loud() as x:
    print(x)
    [1][5]
