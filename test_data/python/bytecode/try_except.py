def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
    except (TypeError, ValueError) as e:
        print(e)
        return -1

print(f(0), f(2))
