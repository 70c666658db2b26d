"""Exceptions without a message, and a custom class in __main__."""
class MyError(Exception):
    pass
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e), e.args)
raise MyError
