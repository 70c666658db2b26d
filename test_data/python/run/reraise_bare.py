"""Bare raise re-raises the exception being handled; logging and re-raising."""
def process():
    try:
        int("bad")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    process()
except ValueError as e:
    print("outer got:", e)
def convert(e_type):
    try:
        raise e_type("original")
    except Exception as e:
        if isinstance(e, KeyError):
            raise
        return f"handled {type(e).__name__}"
print(convert(ValueError))
try:
    convert(KeyError)
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
