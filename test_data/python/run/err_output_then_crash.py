"""Output printed before an uncaught exception is kept, stdout and stderr stay separate."""
import sys
for i in range(3):
    print("line", i)
print("warning: about to fail", file=sys.stderr)
value = int("not a number")
