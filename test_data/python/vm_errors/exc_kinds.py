"""Messages of assorted exception kinds: Unicode errors, nested and renamed classes, SyntaxError made by hand."""
class Outer:
    class Inner(Exception):
        pass
tests = [
    lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    lambda: UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad"),
    lambda: UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)"),
    lambda: UnicodeEncodeError("ascii", "h\u20acllo", 1, 2, "x"),
    lambda: UnicodeEncodeError("ascii", "hello", 1, 3, "x"),
    lambda: Outer.Inner("nested"),
    lambda: SyntaxError("by hand"),
    lambda: OSError(2, "No such file", "x.txt"),
    lambda: OSError(13, "Permission denied"),
]
for t in tests:
    e = t()
    print(type(e).__name__, "|", e, "|", repr(e))
class Renamed(Exception):
    pass
Renamed.__module__ = "mymod"
raise Renamed("m")
