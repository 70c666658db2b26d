def f():
    if x:
        return (
    y = 1
