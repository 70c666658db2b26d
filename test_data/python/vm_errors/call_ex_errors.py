"""TypeError messages of f(*args, **kwargs) calls: module-qualified function names."""
def merge(**kw): return kw
class A:
    def m(self, **kw): pass
for f in [lambda: merge(x=1, **{"x": 2}), lambda: merge(**{"x": 1}, **{"x": 2}), lambda: merge(**{1: 2}), lambda: merge(**[1]), lambda: A().m(**{"a": 1}, **{"a": 2}), lambda: len(**{"a": 1}, **{"a": 2}), lambda: merge(*1), lambda: print(**{"sep": 1}, **{"sep": 2})]:
    try:
        f()
    except TypeError as e:
        print(e)
