"""Exception subclasses with their own __init__ and __str__."""
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise AppError(42, "broken")
except AppError as e:
    print(e, e.args, e.code, repr(e))
raise AppError(7, "fatal")
