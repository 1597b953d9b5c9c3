# tokenize gives python3's tokens for real sources, with every field: type, exact type, string, start,
# end and line. It reads a threaded program beside this one and this program itself as bytes (an
# ENCODING token first), sources in other encodings, and strings through generate_tokens; untokenize
# gives the sources back.
import io
import os
import token
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))


def show(tokens):
    for tok in tokens:
        exact = token.tok_name[tok.exact_type]
        print(f"{tok.start[0]},{tok.start[1]}-{tok.end[0]},{tok.end[1]} {token.tok_name[tok.type]} {exact} {tok.string!r} {tok.line!r}")


for name in ["_tokenize_workers.py", "tokenize_sources.py"]:
    path = os.path.join(HERE, name)
    with open(path, "rb") as f:
        tokens = list(tokenize.tokenize(f.readline))
    print(f"== {name}: {len(tokens)} tokens")
    show(tokens)
    with open(path, "rb") as f:
        source = f.read()
    print("untokenize gives the bytes back:", tokenize.untokenize(tokens) == source)
    pairs = tokenize.untokenize((t.type, t.string) for t in tokens)
    again = [(t.type, t.string) for t in tokenize.tokenize(io.BytesIO(pairs).readline)]
    print("from (type, string) pairs, the same tokens:", again == [(t.type, t.string) for t in tokens])
    with tokenize.open(path) as f:
        print("tokenize.open:", f.encoding, f.mode, f.read() == source.decode())

print(repr(list(tokenize.generate_tokens(io.StringIO("x = 1").readline))[2]))

SOURCES = [
    "if x:\n    y = 1\n  # a comment at another indentation\n\n    z\n",
    "def f(a,\n      b):\n\treturn (a +\n\t\tb)\n",
    "x = 1  # no newline at the end",
    "# only a comment, no newline",
    "if x:\n    y\n   ",
    "x = \\\n    1\n",
    "s = 'one \\\ntwo'\n",
    "s = 'one \\\ntwo\nx = 3\n",
    # After a one-line string that ended as an ERRORTOKEN, python3 wants a backslash at the end of every
    # line of the next strings too, triple-quoted ones included, until one ends well.
    "s = 'one \\\ntwo\nt = \"\"\"a\nb\nc\"\"\"\nu = 'c\\\nd'\nv = '''e\nf'''\n",
    "t = '''a\nb''' + \"\"\"c\"\"\" + rb'''d'''\n",
    "f'{x!r:>{width}}' F\"{y}\" fR'''{z}\n'''\n",
    "1if 0x 0b2 0o8 1_000 1__0 1e5j .5 1. 1.e5 0777 09 1J 0_0 x.y ... ..\n",
    "@= -> := ** //= >>= <<= != ! ? $ `\n",
    "\u00e9t\u00e9 = 1 \u0663 a\u0663\n",
    "x = 1\r\ny = 2\r\n\r\n",
    "\x0cif 1:\n\x0c  x\n",
    "print(x)   \n  \n",
    "x)\ny\n",
]
for source in SOURCES:
    print("==", repr(source))
    try:
        show(tokenize.generate_tokens(io.StringIO(source).readline))
    except tokenize.TokenError as e:
        print("TokenError:", e.args)
    except IndentationError as e:
        print("IndentationError:", e.args)
