print("importing a module with a syntax error")
try:
    import _helper_bad_syntax
except SyntaxError as e:
    print("caught", type(e).__name__, e.msg, e.lineno, e.filename.endswith("_helper_bad_syntax.py"))
import _helper_bad_syntax
