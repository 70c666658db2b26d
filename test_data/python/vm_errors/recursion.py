"""Unbounded recursion: RecursionError and the folded repeated lines."""
def f(n):
    return f(n + 1)
f(0)
