def f(x):
    try:
        y = int(x)
    except ValueError as err:
        print("bad", err)
        y = 0
    else:
        print("ok")
    finally:
        print("end")
    return y

f("3"); f("x")
