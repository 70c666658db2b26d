"""Nested handlers: sys.exc_info inside and after, bare raise after a nested handler."""
import sys
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
    try:
        raise
    except KeyError as e:
        print("reraised", e)
print(sys.exc_info())
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
g()
