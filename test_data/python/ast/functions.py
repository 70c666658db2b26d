def f():
    pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
def h(a, /, b, *, c):
    '''doc'''
    return
def k(a: int, *args: str, **kw: 'x') -> None: ...
