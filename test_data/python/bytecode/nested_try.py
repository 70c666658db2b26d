def f(x):
    try:
        try:
            return 1 / x
        except ZeroDivisionError:
            raise ValueError("zero")
        finally:
            print("inner")
    except ValueError as e:
        return str(e)
    finally:
        print("outer")
