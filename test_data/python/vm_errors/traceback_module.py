"""The traceback module: print_exc, format_exc, format_exception, print_exception, format_exception_only."""
import traceback
def f(x):
    return 10 / x
try:
    f(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.split("\n")[-2])
try:
    {}["k"]
except KeyError as e:
    try:
        raise ValueError("v") from e
    except ValueError as v:
        print("".join(traceback.format_exception(v)), end="")
        print(traceback.format_exception_only(v))
        traceback.print_exception(v)
print(traceback.format_exc(), end="")
