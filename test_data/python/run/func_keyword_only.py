"""Keyword-only parameters after * or *args."""
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("example.org"))
print(connect("example.org", port=443, secure=True))
try:
    connect("example.org", 443)
except TypeError as e:
    print("TypeError:", e)
def log(*messages, level):
    return f"[{level}] " + " ".join(messages)
print(log("a", "b", level="INFO"))
try:
    log("a")
except TypeError as e:
    print("TypeError:", e)
def both(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(both(1, c=3))
print(both(1, 5, 6, 7, c=8, e=9))
print(both.__kwdefaults__, both.__code__.co_kwonlyargcount)
