"""RecursionError caught, and the program going on; the limit is settable."""
import sys
def down(n):
    return down(n + 1) if n >= 0 else 0
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
sys.setrecursionlimit(50)
n = 0
def count():
    global n
    n += 1
    count()
try:
    count()
except RecursionError:
    print("depth", n)
