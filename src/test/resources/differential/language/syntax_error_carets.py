# Where SyntaxErrors point, and the carets PyErr_Display prints under them (sys.excepthook) against
# those of the traceback module: an f-string's own errors point at the token after its run of literals,
# its fields' parse errors at their text in parentheses; an IndentationError gets one caret from
# PyErr_Display whatever its end_offset.
import sys
import traceback

SOURCES = [
    "class A:\npass\n",
    "def f():\nreturn 1\n",
    "if x:\n    pass\nelse:\nfoo()\n",
    "f'{x!z}'\n",
    "f'{x'\n",
    "f'{}'\n",
    "x = f'{}' + 1\n",
    "x = (f'{}'\n  'abc')\n",
    "x = f'}' + 1\n",
    "x = f'{a)}' + 1\n",
    "x = f'{a#}' + 1\n",
    "y = f'{x:{y:{z}}}' * 2\n",
    "x = b'\\xe9' 'a' + 1\n".replace('\\xe9', '\xe9'),
    'print("a" "b" 1)\n',
    "f'{a b}'\n",
    "x = 1\ny = f'{a b}' + 1\n",
    "f'{1 +}'\n",
    "f'{x = }' + f'{a b c}'\n",
    "f'{lambda x: 1}'\n",
    "f'''{\na b}'''\n",
    "f'{a[}'\n",
    "f'{x = 1}'\n",
    "f'{print(1 2)}'\n",
]

x, d = 7, {"k": 1}
for field in ["f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'", "f'{x==1}'", "f'{x!=1}'", "f'{x<=1} {x>=1} {x<1}'",
              "f'{(y:=3)}'", "f'{x:=>5}'", "f'{[1,2][0]=}'", "f'{ {1: 2}[1] = }'", "f'{d[\"k\"]=}'"]:
    print(field, "->", eval(field))

for source in SOURCES:
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        stderr, sys.stderr = sys.stderr, sys.stdout
        try:
            sys.excepthook(type(e), e, None)
        finally:
            sys.stderr = stderr

# raised by hand: the span is the caller's, the single caret PyErr_Display's
for kind in (SyntaxError, IndentationError, TabError):
    sys.stderr, stderr = sys.stdout, sys.stderr
    try:
        sys.excepthook(kind, kind("m", ("f.py", 2, 1, "pass\n", 2, 5)), None)
    finally:
        sys.stderr = stderr
