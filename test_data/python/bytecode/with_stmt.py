class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

with CM() as c:
    print(c)

with CM(), CM() as d:
    print(d)
