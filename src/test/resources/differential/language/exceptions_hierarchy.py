names = ["ZeroDivisionError", "KeyError", "IndexError", "FileNotFoundError", "RecursionError",
         "UnboundLocalError", "ModuleNotFoundError", "NotImplementedError", "StopIteration",
         "KeyboardInterrupt", "SystemExit", "GeneratorExit", "TimeoutError", "BrokenPipeError",
         "UnicodeDecodeError", "OverflowError", "AssertionError", "TabError"]
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, [c.__name__ for c in t.__mro__])
print(issubclass(KeyError, LookupError), issubclass(OSError, Exception), issubclass(SystemExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code=0):
        super().__init__(f"table {table}")
        self.table = table
        self.code = code
try:
    raise DbError("users", code=7)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, e.args, repr(e))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(type(OSError(2, "x")).__name__)
e = StopIteration(5)
print(e.value, StopIteration().value)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("m")
e.extra = 1
print(e.extra, e.__dict__)
print(BaseException.__name__, Exception.__bases__)
print(ValueError("x") == ValueError("x"))
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
