"""User-defined exception classes with extra attributes and hierarchies."""
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    def __str__(self):
        return f"not found: {self.args[0]}"
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if user.get("id", 0) < 0:
        raise NotFound(user["id"])
    return "ok"
for u in [{"name": "a", "id": 1}, {}, {"name": "b", "id": -7}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError as e:
        print("app error", e, repr(e), e.args)
print(issubclass(ValidationError, Exception), ValidationError.__mro__)
e = AppError("a", 1)
print(e.args, str(e), repr(e))
print(repr(NotFound(3)), str(AppError()), repr(AppError()))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
