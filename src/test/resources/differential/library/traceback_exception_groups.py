# traceback.print_exception, format_exception and TracebackException of exception groups: boxes, nesting,
# max_group_width and max_group_depth, notes, a group in a context, chain=False
import traceback, sys
def raised(e):
    try:
        raise e
    except BaseException as x:
        return x
cases = {}
cases["last is group"] = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
cases["group then leaf"] = ExceptionGroup("outer", [ExceptionGroup("inner", [TypeError(2)]), ValueError(1)])
cases["nested raised"] = raised(ExceptionGroup("outer", [raised(ExceptionGroup("inner", [raised(TypeError(2))]))]))
cases["wide"] = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
cases["wide16"] = ExceptionGroup("wide", [ValueError(i) for i in range(16)])
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
cases["deep"] = deep
ctx = raised(ExceptionGroup("ctx group", [OSError(1)]))
try:
    try:
        raise ctx
    except ExceptionGroup:
        raise KeyError("during")
except KeyError as k:
    sub = k
cases["sub with group context"] = ExceptionGroup("outer", [sub])
n = ValueError("noted")
n.add_note("note 1\nsecond line")
n.add_note("")
cases["notes"] = BaseExceptionGroup("base", [n, KeyboardInterrupt()])
for name, e in cases.items():
    print("=====", name)
    traceback.print_exception(e, file=sys.stdout)
print("===== format_exception")
print(traceback.format_exception(cases["last is group"]))
print(traceback.format_exception_only(cases["last is group"]))
print("===== limits")
traceback.TracebackException.from_exception(cases["wide"], max_group_width=2).print(file=sys.stdout)
traceback.TracebackException.from_exception(cases["deep"], max_group_depth=2).print(file=sys.stdout)
print("===== chain=False")
traceback.print_exception(cases["sub with group context"], chain=False, file=sys.stdout)
e = ValueError("x")
e.add_note("")
e.add_note("a\n\nb\n")
e.add_note("end")
print(traceback.format_exception(ExceptionGroup("g", [e])))
print(traceback.TracebackException.from_exception(cases["wide"]).exceptions[3])
print(traceback.TracebackException.from_exception(ValueError(1)).exceptions)
