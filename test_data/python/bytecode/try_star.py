def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("value", e)
    except* TypeError:
        print("type")

def g():
    try:
        pass
    except* OSError:
        pass
    else:
        print("else")
    finally:
        print("finally")
