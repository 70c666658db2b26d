"""sys.exit with a code: no traceback, exit status 3, finally blocks still run."""
import sys
print("exiting with 3")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("not printed")
