"""try/except/else/finally with return, break and continue in finally."""
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def k(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero")
    else:
        print("else", r)
    finally:
        print("fin")
k(0); k(5)
