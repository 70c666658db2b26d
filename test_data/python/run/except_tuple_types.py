"""except with tuples of types, ordering of handlers and catching by base class."""
def risky(kind):
    if kind == 0:
        return [][0]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return int("z")
    if kind == 4:
        raise NotImplementedError("todo")
    return "fine"
for k in range(6):
    try:
        print(risky(k))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__)
    except (ZeroDivisionError, ValueError) as e:
        print("value-ish:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
errors = (TypeError, AttributeError)
try:
    nothing = None
    nothing()
except errors as e:
    print("dynamic tuple:", e)
