class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound(404)
except AppError as e:
    print(e.code)
