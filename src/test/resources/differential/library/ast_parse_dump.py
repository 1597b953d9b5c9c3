"""ast.parse and ast.dump over every statement and expression kind, with and without positions."""
import ast

SOURCES = [
    "x = -1\ny = --2.5\nz = -(3)\nw = +4j\nv = 1 - 2j\nu = -9223372036854775808, -(-(1)), - 0.0, -10**100\n",
    "import os, sys as s\nfrom .. import x\nfrom a.b import (c as d, e)\nfrom . import *\n",
    "a, *b = c\n[d, e] = f = g\nh.i += 1\nj[k] //= 2\nl: int\n(m): str = 'x'\nn.o: list[int] = []\n",
    "del a, b[0], c.d\nglobal g\nassert x, 'msg'\nraise\nraise E\nraise E from None\npass\n",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    '''doc'''\n    return a\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M, **kw):\n    x: int = 0\n    def m(self): ...\n",
    "async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return [j async for j in k]\n",
    "def g():\n    nonlocal_ = 1\n    yield from range(3)\n    x = yield\n    y = (yield 2)\n",
    "for i in range(10):\n    if i: break\n    elif j: continue\n    else: pass\nelse:\n    pass\nwhile x:\n    x -= 1\nelse:\n    done()\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
    "with open(f) as (a, b), g() as h[0]: pass\nwith (x, y): pass\n",
    "lambda: 0\nlambda x, y=1, *a, z=2, **k: (x, y)\nlambda *, k: k\n",
    "print(f'a{b!r:>{w}} {c=} {d!s} {e:%Y}', *args, **kw)\nf'{x}' 'y' f'{{z}}'\nf'{1}{2:}'\n",
    "{1: 2, **d}, {1, 2}, {k: v for k, v in d.items() if k if v}, (x for x in y), [(a, b) for a in c for b in a]\n",
    "a if b else c\na[1:2, ::3]\na[:]\na[i, j]\na[()]\nb[-1:]\n",
    "a < b <= c is not d not in e == f != g > h >= i in j is k\nnot a and b or c and d\n~x ** -y\n(w := 5)\nprint(z := 6)\n",
    "x = 1 + 2 * 3 - 4 / 5 % 6 // 7 @ m | 8 ^ 9 & 10 << 11 >> 12\n",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **r}: pass\n    case Point(1, x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case -1 | 1+2j | 'u' | b'b' | True | a.b.c: pass\n    case (a, b, *_): pass\n    case _: pass\n",
    "s = 'é' + \"ü\"; t = 'naïve'  # non-ASCII: columns count UTF-8 bytes\nu = ('日本', x)\n",
    "x = (\n    1 +\n    2\n)\nf(a,\n  b)\n",
    "u'kind'\nb'bytes'\nr'raw\\n'\n...\nNone, True, False\n0x1F, 1_000, 1e10, 1.5j\n",
    "if x:\n    pass\n# comment\n\nclass D:\n    pass\n",
    # f-strings: CPython 3.11 gives their parts the span of the whole string, format specs that of their token
    'x = (f"{a}"\n   f"{b:>{w}x}" "c")\nf"{a:{b}}" f"{c:{d}}"\nf""\n"a" f"b"\nu"a" f"{x}" "b"\nf"{{x}}"\nRf"a\\n"\n',
    'z = 1; f"{a:x{b}y{c}z}"\nz = 1; "q" f"{a:{b}y}"\nz = 1; f"{a:y}" f"{a:y{b}}"\nz=1; f"{a:{b}{c}}"\n("a"  # c\n f"b")\n',
    # parentheses count in the spans of the nodes around them
    "(a) + (b)\n(a) if (b) else (c)\n(a) < (b)\n(a) and (b)\n(a).b\n(a)[b]\n(a)(b)\nx = (a), (b)\n-(a)\n(a) ** (b)\n",
    "async def f(x: (int) = (1), *, y: str):\n    await (a)\n    print((yield))\n    return (a)\n",
    "@(d)\nclass C((B)): pass\nfor (a) in (b): pass\nwith (a) as (b): pass\ndel (a), (b)\nassert (a), (b)\n",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse(SOURCES[4]), indent=2))
print(ast.dump(ast.parse(SOURCES[0]), indent='\t', include_attributes=True))
print(ast.dump(ast.parse(SOURCES[5]), annotate_fields=False))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False, include_attributes=True))

print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse("if x:\n    y\n", mode="single")))
print(ast.dump(ast.parse("  \n(a, b)\n", mode="eval")))
print(ast.dump(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b"y = 'bytes source'")))

for bad in ["x = (", "def f(:\n", "1 +", "a = 1 = 2", "f(**a, *b)", "return = 1", "x = 'é\n"]:
    try:
        ast.parse(bad, "<bad>")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("x\ny", mode="single")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="other")
except ValueError as e:
    print(type(e).__name__, e)
# the parser does not check what the compiler does
print(ast.dump(ast.parse("return 1\nbreak\nawait x\nnonlocal q")))

# the node classes
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__, ast.Name.__doc__)
print(ast.arguments._fields, ast.arguments._attributes, ast.comprehension.__doc__)
print(ast.expr_context.__doc__, ast.Load.__doc__, ast.operator.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
print(ast.AST._fields, ast.stmt._fields, ast.stmt._attributes, ast.pattern._attributes)
print([c.__name__ for c in ast.Add.__mro__], issubclass(ast.FunctionDef, ast.stmt), isinstance(ast.Load(), ast.AST))
print(ast.Name.__module__, ast.Name.__name__, ast.Return().value, ast.Constant(1).kind, ast.expr.end_lineno)
n = ast.Name('x', ast.Load(), lineno=3, extra=1)
print(ast.dump(n, include_attributes=True), n.extra, n.__dict__.keys())
print(ast.dump(ast.FunctionDef()), ast.dump(ast.Name()), ast.dump(ast.Constant(value=None)))
for make in [lambda: ast.Name('a', 'b', 'c'), lambda: ast.Return(1, 2), lambda: ast.Pass(1),
             lambda: ast.Name('a', id='b'), lambda: ast.Name().id, lambda: ast.dump(3)]:
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
tree = ast.parse("a + b\nc + d")
print(tree.body[0].value.op is tree.body[1].value.op, tree.body[0].value.left.ctx is ast.parse("z").body[0].value.ctx)
match tree.body[0]:
    case ast.Expr(ast.BinOp(ast.Name(left), ast.Add(), right=ast.Name(id=right))):
        print("matched", left, right)
import copy, pickle
clone = copy.deepcopy(tree)
print(ast.dump(clone, include_attributes=True) == ast.dump(tree, include_attributes=True), clone.body[0] is not tree.body[0])
print(ast.dump(pickle.loads(pickle.dumps(tree))))
