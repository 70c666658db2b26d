"""Closures see the variable, not its value at creation time."""
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    def make(j=i):
        return lambda: j
    fns.append(make())
print([f() for f in fns])
def outer():
    x = "first"
    get = lambda: x
    x = "second"
    return get()
print(outer())
def scopes():
    funcs = {}
    for name in ["a", "b"]:
        def show(name=name):
            return name * 2
        funcs[name] = show
    return funcs
print({k: v() for k, v in scopes().items()})
