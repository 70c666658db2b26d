"""with on objects missing __enter__ or __exit__, and __exit__ seeing the exception."""
class OnlyEnter:
    def __enter__(self):
        return 1
class OnlyExit:
    def __exit__(self, *a):
        pass
for cm in [OnlyEnter(), OnlyExit(), 5]:
    try:
        with cm:
            pass
    except TypeError as e:
        print(e)
class Seer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v, tb is not None, tb.tb_lineno)
        return False
with Seer():
    raise KeyError(3)
