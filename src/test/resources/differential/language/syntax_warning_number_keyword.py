# A number glued to a keyword that may follow one ("1if x else 2") is only a SyntaxWarning in 3.11
# (printed to stderr once per line), and the number ends where the keyword starts.
import sys

for src in ["x = 1if 1 else 2", "x = 0b1if 1 else 2", "x = 0x1for", "x = [0o7for _ in 'ab']",
            "x = 1or 2", "x = 1and 2", "x = 1in [1]", "x = 1is 1", "x = 1not in []", "x = 1jif 1 else 2",
            "x = 1e5if 1 else 2", "x = 1elif"]:
    try:
        namespace = {}
        exec(compile(src, "<s>", "exec"), namespace)
        print(repr(src), "->", namespace.get("x"))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.offset)
    sys.stderr.flush()
    sys.stdout.flush()
