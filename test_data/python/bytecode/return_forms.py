def a():
    return

def b():
    return None

def c(x):
    return x, x

def d(x):
    if x:
        return 1
    else:
        return 2

def e():
    pass
