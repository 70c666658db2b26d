"""Exception chaining: __cause__ with raise from, __context__ implicitly, from None."""
class ConfigError(Exception):
    pass
def load(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad value {value!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
err = ValueError("x")
print(err.__cause__, err.__context__, err.__traceback__)
