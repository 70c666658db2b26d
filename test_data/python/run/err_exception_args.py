"""An uncaught exception with several arguments and one with none."""
class Failure(Exception):
    pass

try:
    raise Failure
except Failure as e:
    print("empty args:", e.args)
raise Failure("code", 42)
