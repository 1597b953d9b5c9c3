# SyntaxError(msg, details): details is any iterable of filename, lineno, offset and text, then
# optionally end_lineno and end_offset; 4 to 6 items, else the TypeError of CPython's argument parser.
# __init__ sets the attributes once (assigning args later changes none of them) and keeps msg and the
# location a failed call set before it failed. A traceback shows the location when lineno is an int.
import traceback

FIELDS = ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset")


def attributes(e):
    return [getattr(e, name) for name in FIELDS]


def build(*args):
    try:
        e = SyntaxError(*args)
    except TypeError as error:
        print("TypeError:", error)
    else:
        print(repr(e), attributes(e), str(e))


build("m", ("f", 1, 2, "t"))
build("m", ("dir/f.py", 1, 2, "t", 3, 4))
build("m", ["f", 1, 2, "t"])
build("m", "abcd")
build("m", ("f", "x", "y", 5))
build("m", ("f", 1, 2, "t", 3, None))
build("a", "b")
build("a", ())
build("m", ("f", 1, 2))
build("m", ("f", 1, 2, "t", 3))
build("m", ("f", 1, 2, "t", 3, 4, 5))
build("a", 1)
build("a", None)
build("m", ("f", 1, 2, "t"), "third")
build("m")
build()
build(1, 2, 3)

e = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
for args in (("z", ("a",)), ("y", ("b", 5, 6, "u", 7)), ("x", "q"), ("w", ("c", 8, 9, "v")), ("only",), ()):
    try:
        e.__init__(*args)
    except TypeError as error:
        print("TypeError:", error)
    print(attributes(e), e.args)
e.args = ("k", ("h", 9, 9, "v"))
print(attributes(e), vars(e))
e.msg = "assigned"
del e.filename
print(attributes(e), vars(e), str(e))


class Quiet(SyntaxError):
    def __init__(self, *args):
        pass


print(attributes(Quiet("m", ("f", 1, 2, "t"))))
try:
    IndentationError("m", 5)
except TypeError as error:
    print("TypeError:", error)

for error in (SyntaxError("m"), SyntaxError("m", ("f.py", None, 3, "x = 1")),
              SyntaxError("m", ["f.py", 2, 3, "hello world", 2, 6])):
    traceback.print_exception(error)
located = SyntaxError("m")
located.lineno = 3
traceback.print_exception(located)
raise SyntaxError("uncaught", ["f.py", 2, 1, "hello world", 2, 6])
