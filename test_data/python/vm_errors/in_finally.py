"""An exception raised in a finally block while another propagates."""
def f():
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
f()
