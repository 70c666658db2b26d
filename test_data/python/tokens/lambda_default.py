def f(key=lambda x: x, *args: int, **kw: str) -> dict[str, int]:
    total: int = 0
    return {}
