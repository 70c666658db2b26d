def f(a: int, *, b: str = '') -> list[int]:
    if (n := len(b)) > 10:
        m @= a @ b
    return [n]
