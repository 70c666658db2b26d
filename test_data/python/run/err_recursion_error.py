"""Unbounded recursion: an uncaught RecursionError and the 'Previous line repeated' traceback."""
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(10)
