"""raise ... from None suppresses the context."""
try:
    [][1]
except IndexError:
    raise ValueError("nope") from None
