f = lambda: 0
g = lambda x, y=1, *a, k, l=2, **kw: x
h = lambda x, /, y: x
i = lambda *, k: k
