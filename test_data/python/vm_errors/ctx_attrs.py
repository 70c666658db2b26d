"""__context__, __cause__, __suppress_context__, __traceback__, with_traceback."""
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)
    print(v.__traceback__ is not None)
e = KeyError("k")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
try:
    raise IndexError("i")
except IndexError as i:
    tb = i.__traceback__
    print(tb.tb_lineno, tb.tb_next)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
