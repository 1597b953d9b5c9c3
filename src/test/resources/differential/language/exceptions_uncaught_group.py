# An uncaught exception group in CPython 3.11's format: the boxes, sub-exceptions' tracebacks and chains, a
# group's notes, nesting, and the group as the cause of the exception that ends the program
def f(n):
    raise ValueError(n)
def g():
    errors = []
    for i in range(2):
        try:
            f(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("k") from OSError("cause")
    except KeyError as e:
        errors.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("deeper", [ZeroDivisionError("z")])])
    errors.append(inner)
    eg = ExceptionGroup("many problems", errors)
    eg.add_note("a note on the group")
    raise eg
try:
    g()
except Exception as e:
    raise RuntimeError("while handling") from e
