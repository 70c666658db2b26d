x: int = 5
y: str
z: list[int] = []

def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> bool:
    local: int = 1
    other: str
    return True

class C:
    attr: int
    other: str = "a"
