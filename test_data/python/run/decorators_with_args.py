"""Decorator factories that take arguments."""
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def tag(name, **attrs):
    def decorate(func):
        def wrapper(*args):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{func(*args)}</{name}>"
        return wrapper
    return decorate
@tag("b")
@tag("a", href="/home", cls="link")
def link(text):
    return text
print(link("Home"))
def validate(**types):
    def decorator(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs[k], t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kwargs)
        return wrapper
    return decorator
@validate(n=int, s=str)
def build(n, s):
    return s * n
print(build(n=3, s="ab"))
try:
    build(n="3", s="ab")
except TypeError as e:
    print("TypeError:", e)
