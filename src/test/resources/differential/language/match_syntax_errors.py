"""match statements: the compiler's and parser's SyntaxErrors through compile() and exec(), as CPython reports them."""
import traceback

sources = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case _ as y:\n        pass\n    case 2: pass\n",
    "match x:\n    case (y):\n        pass\n    case 2: pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: 1, True: 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case 1j + 2:\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case C(a=1, 2, 3, b=4):\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 2: pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as 2:\n        pass\n",
    "match x:\n    case [a, b] | [b, a, c]:\n        pass\n",
    "match x:\n    case (a, b) | (b, a):\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    pass\n",
    "match x:\n    case [a, (b | c)]:\n        pass\n",
    "match x:\n    case a.b:\n        pass\n    case Q(x=y, z=y):\n        pass\n",
]
for s in sources:
    try:
        compile(s, "<case>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("".join(traceback.format_exception_only(type(e), e)), end="")
    try:
        exec(s, {"x": 5, "C": int, "Q": int})
    except SyntaxError as e:
        print("exec:", e)
    except Exception as e:
        print("exec raised", type(e).__name__, e)

# more shapes: compiled, or CPython's message and span
for s in ["match *x:\n case _: pass\n", "match x,:\n case _: pass\n", "match (yield):\n case _: pass\n",
          "match x:\n case {1: _, **r}: pass\n", "match x:\n case {**r,}: pass\n", "match x:\n case [*_]: pass\n case 1: pass\n",
          "match x:\n case {0: a} | {1: a}: pass\n", "match x:\n case 0x10 | 1_000 | 1e3 | 'a' 'b': pass\n",
          "match x:\n case -0: pass\n", "match x:\n case 1.5 - 2.5j: pass\n", "match x:\n case None | True as z: pass\n",
          "match x:\n case a.b.c | d.e: pass\n", "match x:\n case a.b(c.d(), e=f.g()): pass\n",
          "match x:\n case [a, b] if a if b else c: pass\n", "match x:\n case (a as b) as c: pass\n",
          "match x:\n case a if a: pass\n case b if b: pass\n case _: pass\n",
          "match x:\n case print(): pass\n", "match x:\n case (1, 2,): pass\n", "match x:\n case [1, 2,]: pass\n",
          "match x:\n case C(1,): pass\n", "match x:\n case C(a=1,): pass\n", "match x:\n case C(,): pass\n",
          "match x:\n case {1: a, 2: b,}: pass\n", "match x:\n case {1: a, 2: b, **c,}: pass\n",
          "match x:\n case 1 if x: pass\n case _ if x: pass\n case y: pass\n",
          "match x:\n case True | False | None: pass\n case 1 | 2 as q: pass\n",
          "match x:\n case {'a': [1, {'b': (c, *d)}]}: pass\n",
          ]:
    try:
        compile(s, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
