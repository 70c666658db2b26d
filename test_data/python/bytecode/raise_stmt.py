class MyError(Exception):
    pass

def f(x):
    if x < 0:
        raise ValueError("negative")
    if x == 0:
        raise MyError
    try:
        pass
    except KeyError as e:
        raise RuntimeError("wrapped") from e
    return x

f(1)
