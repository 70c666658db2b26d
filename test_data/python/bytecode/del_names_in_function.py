def f():
    a = 1
    b = [1, 2]
    del a, b[0]
    try:
        pass
    except Exception as e:
        del e
    return b
