# Where CPython's tokenizer and parser point their SyntaxErrors: number literals, brackets never
# closed, strings never terminated, tabs mixed with spaces, unexpected indents.
import traceback

SOURCES = [
    # numbers (tok_get's number states and verify_end_of_number)
    "x = 0b12", "x = 0b", "x = 0o8", "x = 0o19", "x = 0x", "x = 0xg", "x = 0b1_", "x = 0b1__0",
    "x = 1__0", "x = 1_", "x = 0b1a", "x = 0o7a", "x = 0x1g", "x = 12a", "x = 0b2", "x = 1e",
    "x = 1e+", "x = 1.5j_", "x = 09", "x = 0_7", "x = 0777", "x = 0_", "x = 1.e5x", "x = 0o",
    "x = 0x_1f + 0o_7 + 0b_1 + 1_000.000_1e1_0j", "x = 00 + 0.0 + 0e0 + 0j + 00.5",
    # brackets the source never closes, and a parser error after them
    "def f(\n 1", "x = [1,\n2", "print((1,2)\nx = 1", "foo((1,2) x", "[1, 2\n 3 4",
    "x = [\n  1,\n  2\n  3, 4, 5\n", "{\n 'a': 1\n 'b': 2", "def g(a, b\n  return a", "class C(\n  pass",
    "x = (1,\n 2]", "y = ]", "(]",
    # strings
    "x = 'abc", "x = '''abc", 'x = """\nab\ncd', "a = 1; b = '''x",
    # indentation
    "x = 1\n  y = 2", "x = 1\n    y = 2", "x = 1\n\ty = 2", "if 1:\n  x\n    y",
    "def f():\n\treturn 1\n        return 2", "if 1:\n        x = 1\n\ty = 2",
    "if 1:\n\tif 2:\n\t\tx = 1\n        y = 2", "if 1:\n    \tx = 1\n\ty = 2", "if 1:\n\tx = 1\n\ty = 2",
]

for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
