"""No carets when the failing expression covers the whole line."""
def boom():
    raise RuntimeError("whole")
boom()
