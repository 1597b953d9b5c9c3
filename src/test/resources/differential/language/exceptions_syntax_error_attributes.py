# SyntaxError's attributes come from its arguments and can be assigned afterwards (tools that report
# errors in other files do so); str() and the traceback use the assigned values, args stay as given.
try:
    raise SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
except SyntaxError as e:
    e.lineno = 7
    e.msg = "worse"
    print(e.lineno, e.offset, e.end_offset, e.filename, e.msg, e.args, str(e))
    e.offset = None
    print(e.offset)

e = SyntaxError("only a message")
print(e.lineno, e.msg, e.filename)
e.filename = "g.py"
print(e.filename, e)
print(repr(str(SyntaxError())), repr(str(SyntaxError("a", ("f", None, None, None)))))
print(repr(str(IndentationError("x", ("dir/m.py", 2, 1, "  y", 2, 2)))), SyntaxError(1, 2, 3).msg)

err = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
err.lineno = 9
raise err
