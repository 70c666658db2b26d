"""**kwargs collects extra keyword arguments into a dict, in call order."""
def config(**options):
    for key, value in options.items():
        print(f"  {key} = {value!r}")
    return len(options)
print(config(debug=True, level=3, name="x"))
print(config())
def build(name, **attrs):
    return {"name": name, **attrs}
print(build("div", id="main", cls="big"))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", **opts)
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(**{"c": 3, "a": 1, "b": 2}), f(1, **{"c": 3, "b": 2}))
def merge(**kw):
    return kw
print(merge(**{"x": 1}, y=2, **{"z": 3}))
try:
    f(1, 2, 3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    merge(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
