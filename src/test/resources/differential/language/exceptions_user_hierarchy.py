class AppError(Exception):
    default = "application error"
    def __init__(self, message=None, *, code=1):
        super().__init__(message or self.default)
        self.code = code
class NotFound(AppError):
    default = "not found"
class Forbidden(AppError):
    default = "forbidden"
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"404 {e} code={e.code}"
    except AppError as e:
        return f"{type(e).__name__}: {e} code={e.code}"
print(handle(NotFound()), handle(Forbidden(code=3)), handle(AppError("custom")))
print(issubclass(NotFound, AppError), NotFound.__mro__[2].__name__)
errors = [NotFound(), Forbidden(), ValueError("v")]
for err in errors:
    try:
        raise err
    except (NotFound, ValueError) as e:
        print("group A", repr(e))
    except Exception as e:
        print("group B", repr(e))
class WithArgs(Exception):
    pass
w = WithArgs(1, "two", [3])
print(w.args, str(w), repr(w))
print(str(WithArgs()), repr(WithArgs()), str(WithArgs("solo")))
