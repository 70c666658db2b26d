"""An exception raised while handling another: the implicit context chain."""
try:
    {}["k"]
except KeyError:
    1 / 0
