"""Bare raise re-raises with the original traceback, plus a raise e in an outer frame."""
def inner():
    raise LookupError("deep")
def middle():
    try:
        inner()
    except LookupError:
        raise
def outer():
    try:
        middle()
    except LookupError as e:
        err = e
    raise err
outer()
