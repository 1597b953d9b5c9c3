# SyntaxError's and ImportError's attributes are members of the exception, not entries of its __dict__:
# assigning one leaves vars() empty, deleting one leaves None; a genuinely new attribute goes to __dict__.
e = SyntaxError("msg", ("f.py", 3, 4, "text", 3, 6))
print(vars(e), e.lineno, e.msg, e.filename, e.end_offset, e.print_file_and_line)
e.lineno = 7
e.msg = "other"
e.print_file_and_line = 1
print(vars(e), e.lineno, e.msg, e.print_file_and_line)
e.custom = 1
print(vars(e))
del e.lineno
print(e.lineno, vars(e), str(e))
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as err:
    print(vars(err), err.lineno, err.offset, repr(err.text.rstrip("\n")), err.msg)
    err.offset = 2
    print(vars(err), err.offset)
    del err.offset
    print(err.offset, vars(err))
s = SyntaxError()
print(vars(s), s.lineno, s.msg)


class MySyntax(SyntaxError):
    pass


m = MySyntax("a", ("f", 1, 2, "t"))
m.lineno = 9
m.mine = True
print(vars(m), m.lineno)
i = IndentationError("i", ("f", 1, 2, "t"))
i.text = "u"
print(vars(i), i.text)
e2 = SyntaxError("m")
e2.filename = "x.py"
print(vars(e2), str(e2))

imp = ImportError("no module", name="pkg", path="/p")
print(vars(imp), imp.name, imp.path, imp.msg)
imp.name = "other"
imp.msg = "changed"
print(vars(imp), imp.name, imp.msg)
del imp.path
print(imp.path, vars(imp))
try:
    import no_such_module_here
except ModuleNotFoundError as mnf:
    print(vars(mnf), mnf.name)
