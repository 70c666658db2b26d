a = [*range(3), *"ab"]
b = (*a,)
c = {*a}
d = {**{"a": 1}, "b": 2}
print(*a, sep=",")
first, *_ = a
def f(*args, **kwargs):
    return g(*args, **kwargs)
def g(*a, **k):
    return a, k
