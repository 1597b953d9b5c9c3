# compile(): code objects for 'exec', 'eval' and 'single' that exec() and eval() run in the namespaces
# given; the filename appears in tracebacks and syntax errors; bad modes and sources fail as in CPython.
import sys

code = compile("total = sum(range(n))\nprint('total', total)", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {"n": 5}
print(exec(code, ns), ns["total"], eval(code, {"n": 3}))
expr = compile("a * b + 1", "<expr>", "eval")
print(eval(expr, {"a": 6, "b": 7}), eval(expr, {}, {"a": 2, "b": 3}), [eval(expr, {"a": i, "b": i}) for i in range(3)])
print(eval(compile(b"'from bytes'", "<bytes>", "eval")), eval(compile("40 + 2\n", "f", "eval")))
single = compile("6 * 7", "<single>", "single")
exec(single)
exec(compile("x = 5", "<single>", "single"), ns)
print(ns["x"])
sys.displayhook = lambda value: print("displayhook got", value)
exec(single)
sys.displayhook = sys.__displayhook__
module_ns = {}
try:
    exec(compile("def f():\n    return 1 / 0\nf()", "my_module.py", "exec"), module_ns)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_filename, tb.tb_lineno)
    del tb
module_ns.clear()  # f and its globals form a cycle, which the model (no cycle collector) would keep
for args in [("1 +", "<bad>", "exec"), ("x = 1", "<bad>", "eval"), ("1", "f", "bad"), ("a\0", "f", "exec"),
             (1, "f", "exec"), ("1", 2, "exec"), ("1\n2", "f", "single"), ("  1", "f", "eval"),
             ("if x:\npass", "indent.py", "exec")]:
    try:
        compile(*args)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile("1")
except TypeError as e:
    print("TypeError", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError", e)
