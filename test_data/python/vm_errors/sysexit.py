"""SystemExit with a code."""
import sys
print("before")
sys.exit(3)
