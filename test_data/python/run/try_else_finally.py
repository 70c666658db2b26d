"""The order of try, except, else and finally blocks."""
def attempt(x):
    print("start", x)
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        return "error"
    else:
        print("  else", r)
        return r
    finally:
        print("  finally")
print(attempt(2))
print(attempt(0))
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop()
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs first")
except KeyError as e:
    print("outer caught", e)
def nested():
    try:
        return "from try"
    finally:
        print("cleanup before return")
print(nested())
