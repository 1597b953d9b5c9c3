"""ast.unparse: the source python3 writes back, with the parentheses precedence needs, and round trips."""
import ast

SNIPPETS = [
    "x = 1, 2", "a, b = b, a", "x = (yield)", "x = yield 1", "def g():\n    y = yield from z\n    await w",
    "(a + b) * c", "a + b * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** b",
    "(-a) ** b", "-(-a)", "not not a", "not (a and b)", "a and b or c and d", "(a or b) and c",
    "a and (b and c)", "(a and b) and c", "a if b else c if d else e", "(a if b else c) if d else e",
    "lambda: (yield)", "f(lambda x: x + 1, *a, **k)", "(lambda: 1)()", "x = lambda a, /, b=2, *c, d, **e: 0",
    "a < b < c", "(a < b) < c", "a < (b < c)", "a is not b", "a not in b", "~a", "+a", "-1", "-(1)",
    "(1).real", "1 .real", "1.5.real", "x.y.z", "f(x)(y)[z]", "a[1:2]", "a[1:2, 3]", "a[::2]", "a[:, None]",
    "a[(1, 2)]", "a[()]", "a[1,]", "{**a, 'b': 1}", "{*a, 1}", "set()", "{1}", "[*a, *b]", "(*a, b)",
    "print(*args, sep='')", "f(a for a in b)", "f((a for a in b), c)", "[a for b in c if d if e for f in g]",
    "{a: b for a, b in c}", "{a for a in b}", "(x := 1)", "f(x := 1)", "[y := 1, 2]", "a = (b := 1)",
    "x = 'single'", 'x = "dq"', "x = 'it\\'s'", "x = 'both \\' and \"'", "x = 'tab\\tnew\\nline'", "x = u'kind'",
    "x = b'\\x00bytes'", "x = r'\\d'", "x = 1e400", "x = -1e400j", "x = 1.5", "x = 10 ** 20", "x = ...",
    "x = f'{a}'", "x = f'{a!r} and {b:>{c}} {{lit}}'", "x = f'{d=}'", "x = f\"{'q'}\"", "x = f'{a}\\n'",
    "x = f'{x:{\"a\"}}'", "x = f'{ {1: 2}[1] }'", "x = f'{a:%Y-%m}' 'tail'", "x = f'{3.14!s:10}'",
    "del a, b[1], c.d", "assert x, 'm'", "raise", "raise E", "raise E from None", "global a, b",
    "import a.b as c, d", "from . import x", "from ..p import (y as z)", "from m import *",
    "x: int", "x: int = 1", "(x): int = 1", "x.y: List[int]", "x += 1", "x @= m", "x **= 2",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "for x, y in z:\n    break\nelse:\n    continue", "async def f():\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass\n    [x async for x in y]",
    "while 1:\n    pass\nelse:\n    pass", "with a as (b, c), d:\n    pass",
    "try:\n    pass\nexcept A as e:\n    pass\nexcept (B, C):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "@dec\n@dec.attr(1)\ndef f(a: int = 1, *, b: str) -> None:\n    '''Doc\n    string'''\n    return",
    "class A(B, C, metaclass=M):\n    'doc'\n    x = 1\n\n    def m(self):\n        pass",
    "class E:\n    pass\nclass F():\n    pass\nx = 1\ndef g():\n    pass",
    "def f(a, /):\n    pass\ndef g(*, a):\n    pass\ndef h(*a, **b):\n    pass",
    "match x:\n    case 1 | 2:\n        pass\n    case [a, *b]:\n        pass\n    case {'k': v, **rest}:\n        pass\n    case P(1, y=2) as p if p:\n        pass\n    case (a | b) as c:\n        pass\n    case None | True:\n        pass\n    case -1 | 1 + 2j:\n        pass\n    case _:\n        pass",
    "'''module doc'''\nx = 1", "x = '''not\na doc'''", "nonlocal_ = 1", "(yield)", "await x",
    "x = not a == b", "x = (a, b) + (c,)", "x = a if b else (lambda: c)", "x = [i for i in (1, 2)]",
    "f(**{'a': 1})", "a.b.c = d[e] = 1", "x = (1 if a else 2) + 3", "x = -(a + b)", "x = a * -b", "x = (a + b).c",
    "x = 'é ü 日本'", "x = '\\x07 bell'", "x = ''", "x = \"'\"", "x = '\"\\''",
]
for source in SNIPPETS:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    again = ast.dump(ast.parse(text)) == ast.dump(tree)
    print(repr(source), '=>', repr(text), 'round trip' if again else 'CHANGED')

# nodes made by hand
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, 'two', (3,)))), ast.unparse(ast.Constant((1,))), ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Tuple([], ast.Load())), ast.unparse(ast.Set([])), ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.parse("x = 1; y = 2", mode="single")))
print(ast.unparse(ast.arguments(posonlyargs=[], args=[ast.arg('a')], kwonlyargs=[], kw_defaults=[], defaults=[])))
try:
    ast.unparse(ast.Raise(cause=ast.Name('c')))
except ValueError as e:
    print('ValueError', e)
try:
    ast.unparse(ast.parse("f'{x}'").body[0].value.values[0].__class__(ast.Constant('\\n'), -1, None))
except ValueError as e:
    print('ValueError', e)

# unparse of a program the model then runs
program = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in range(10)])\n"
exec(ast.unparse(ast.parse(program)))
