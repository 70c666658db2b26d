"""An exception raised in __exit__ while another propagates, and one in a class body."""
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
def run():
    with CM():
        {}["missing"]
try:
    run()
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)
class Config:
    items = [1, 2]
    first = items[5]
