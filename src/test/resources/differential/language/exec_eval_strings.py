print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[y for y in range(3)]"))
ns = {}
exec("a = 5\ndef double(v):\n    return v * 2\nb = double(a)", ns)
print(ns["a"], ns["b"], ns["double"](4), "__builtins__" in ns)
g = {"value": 10}
l = {}
exec("result = value + 1", g, l)
print(l, "result" in g)
x = 100
exec("x = x + 1")
print(x)
def inner_exec():
    exec("z = 3")
    return "z" in locals()
print(inner_exec())
print(eval("x", {"x": "globals"}, {"x": "locals"}))
code = "for i in range(3):\n    total = i\n"
exec(code)
print(total)
try:
    exec("total = (1 +\n  2 +)")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, repr(e.filename), str(e))
try:
    exec("def f():\nreturn 1")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
try:
    eval("undefined_in_eval")
except NameError as e:
    print(e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("  7  "), eval("\n8"))
