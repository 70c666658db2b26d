"""A caught exception re-raised with a bare raise after logging it."""
def risky():
    return [] [1]

try:
    risky()
except IndexError as e:
    print("logging:", e)
    raise
