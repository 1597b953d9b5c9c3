# Errors at the end of the input, where CPython's tokenizer has no column: an "invalid syntax" at the
# ENDMARKER has offset and end_offset 0; an error raised there without a place of its own (a block that
# never came, a try without except) is on the last line, past its text, with end_offset -1; eval and
# single input end in an implicit NEWLINE placed like the ENDMARKER. Then how sys.excepthook prints
# such lines: a blank one too, with its caret unless the offset falls in the indentation.
import sys

SOURCES = [
    ("if True:\n", "exec"), ("if True:", "exec"), ("if True:\n\n\n", "exec"),
    ("try:\n    pass\n", "exec"), ("try:\n    pass", "exec"), ("try:\n    pass\nx = 1\n", "exec"),
    ("for x in y:\n    pass\nelse:\n", "exec"), ("if 1:\n  try:\n    x = 1\n  # trailing\n", "exec"),
    ("class A:\n  pass\n  def f(self):\n", "exec"), ("match x:\n    case 1:\n", "exec"),
    ("if x:\n    pass\nelif y:\n    \n", "exec"), ("x = 1\nif x:\n\n# c", "exec"),
    ("@dec\n", "exec"), ("@dec", "exec"), ("x = 1\n@dec\n\n", "exec"),
    ("x = 1 +\n", "exec"), ("x = 1 +", "exec"), ("x = \\", "exec"), ("x = \\\n", "exec"), ("if 1:\n  x = \\\n", "exec"),
    ("1 +", "eval"), ("1 +\n", "eval"), ("x.", "eval"), ("", "eval"), ("lambda", "eval"),
    ("@d", "single"), ("if 1:", "single"), ("if 1:\n", "single"),
]
for source, mode in SOURCES:
    try:
        compile(source, "s", mode)
        print(repr(source), mode, "compiles")
    except SyntaxError as e:
        print(repr(source), mode, type(e).__name__, e.args)

for place in [(2, 1, "\n", 2, -1), (2, 0, "\n", 2, -1), (2, 1, "   \n", 2, -1), (2, 4, "   \n", 2, 4),
              (2, 1, "", 2, -1), (2, 1, None, 2, -1), (2, 3, "  x  \n", 2, -1)]:
    try:
        raise SyntaxError("m", ("f",) + place)
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)
