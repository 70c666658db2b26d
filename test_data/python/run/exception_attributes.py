"""The as-target of except is deleted after the handler; exceptions carry arbitrary attributes."""
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("handler sees", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
try:
    raise HttpError(404, "Not Found")
except HttpError as err:
    print(err.status, err.reason, err.args, err)
ex = KeyError("k")
ex.note = "added later"
print(ex.note, isinstance(ex, LookupError))
import sys
try:
    raise TypeError("current")
except TypeError:
    info = sys.exc_info()
    print(info[0].__name__, info[1])
print(sys.exc_info())
