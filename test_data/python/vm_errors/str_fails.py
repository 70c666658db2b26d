"""An exception whose __str__ raises, and one whose __str__ returns empty text."""
class Quiet(Exception):
    def __str__(self):
        return ""
class Broken(Exception):
    def __str__(self):
        raise ValueError("no str")
try:
    raise Quiet("x")
except Quiet as e:
    print(repr(str(e)))
raise Broken("y")
