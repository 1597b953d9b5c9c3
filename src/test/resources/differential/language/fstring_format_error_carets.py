# A format error in an f-string field: CPython 3.11 gives the field the location of the whole run of
# string literals, so the traceback's carets underline all of it, not the field's expression.
import traceback

def report(fn):
    try:
        fn()
    except ValueError:
        traceback.print_exc()

name = "abc"
report(lambda: print("value:", f"{len(name)} and {name:d} end"))
report(lambda: print("a" f"{name:>{3}}" f"{name:x}"))
report(lambda: f"{1.5:{'d'}}")
