"""SystemExit codes: None, True, a big int, and raised from a function in a try/finally."""
import sys
def leave():
    try:
        sys.exit(258)
    finally:
        print("cleanup")
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit(True)
except SystemExit as e:
    print("code", e.code)
leave()
