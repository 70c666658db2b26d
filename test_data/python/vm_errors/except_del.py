"""except (A, B) as e; e is deleted after the block."""
try:
    int("z")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    print(e)
except NameError as n:
    print(n)
