try:
    raise ValueError("boom")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
def inner():
    raise KeyError("deep")
def outer():
    inner()
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e = RuntimeError("fresh")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e2 = e.with_traceback(None)
print(e2 is e)
e.add_note("a note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e = ValueError(1, 2)
e.args = ("changed",)
print(e, e.args)
