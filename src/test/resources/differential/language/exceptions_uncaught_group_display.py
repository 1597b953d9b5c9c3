# What PyErr_Display prints of exception groups, through sys.excepthook and then uncaught: more than 15
# sub-exceptions, more than 10 levels, a group in a sub-exception's context (its box closed again),
# notes with blank and several lines, and the rest an except* raises again from inside a function
import sys


def raised(e):
    try:
        raise e
    except BaseException as caught:
        return caught


def show(e):
    sys.excepthook(type(e), e, e.__traceback__)


show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep)
try:
    try:
        raise raised(ExceptionGroup("context group", [OSError(1)]))
    except ExceptionGroup:
        raise KeyError("during")
except KeyError as k:
    show(ExceptionGroup("outer", [k]))
show(ExceptionGroup("outer", [ExceptionGroup("inner", [TypeError(2)]), ValueError(1)]))
show(raised(ExceptionGroup("outer", [raised(ExceptionGroup("inner", [raised(TypeError(2))]))])))
noted = ValueError("noted")
noted.add_note("")
noted.add_note("two\n\nlines\n")
noted.add_note("last")
show(BaseExceptionGroup("base", [noted, KeyboardInterrupt()]))


def work():
    try:
        raise ExceptionGroup("work", [ValueError(1), TypeError(2), ExceptionGroup("more", [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print("handled", repr(e))


work()
