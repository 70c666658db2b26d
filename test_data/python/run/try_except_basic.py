"""try/except catching specific exceptions and reading their messages."""
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e)
        return None
print(safe_div(10, 2), safe_div(1, 0))
samples = ["42", "x", None, "3.5"]
for s in samples:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print("lookup failed:", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("LookupError catches", type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    1 + "1"
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
