# tokenize's errors as python3 raises them: TokenError at the end of a source inside a string or a
# statement, IndentationError for a dedent to no outer level, SyntaxError from detect_encoding, and
# ValueError from untokenize for tokens out of order; and detect_encoding's findings.
import io
import token
import tokenize

for source in ['x = """abc\ndef', "s = 'abc\\\n", "f(1,\n  2", "x = \\\n", "if x:\n        a\n    b\n"]:
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
    except tokenize.TokenError as e:
        print("TokenError:", e.args, isinstance(e, Exception))
    except IndentationError as e:
        print("IndentationError:", e.args)

lines = iter(["x = (\n", "1)\n"])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])

SOURCES = [
    b"", b"x", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\n# coding=utf_8\nx\n",
    b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n", b"\xef\xbb\xbfx = 1\n",
    b"\xef\xbb\xbf# coding: utf-8\nx\n", b"x = 1\n# coding: latin-1\n", b"  \n# coding: UTF-8-unix\n",
    b"# coding: Latin_1-foo\n", b"\xef\xbb\xbf", b"# coding: nope\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe\n",
]
for source in SOURCES:
    try:
        encoding, consumed = tokenize.detect_encoding(io.BytesIO(source).readline)
        print(repr(source), encoding, consumed)
        print("   ", [(t.type, t.string) for t in tokenize.tokenize(io.BytesIO(source).readline)][:6])
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e)

try:
    tokenize.untokenize([(token.NAME, "x", (2, 3), (2, 4), ""), (token.NAME, "y", (2, 1), (2, 2), "")])
except ValueError as e:
    print("ValueError:", e)
print(repr(tokenize.untokenize([(token.NAME, "if"), (token.NAME, "x"), (token.OP, ":"), (token.NEWLINE, "\n"),
                                (token.INDENT, "  "), (token.STRING, "'a'"), (token.STRING, "'b'"),
                                (token.NEWLINE, "\n"), (token.DEDENT, ""), (token.NAME, "z"), (token.ENDMARKER, "")])))
print(repr(tokenize.untokenize([(token.NAME, "x", (1, 0), (1, 1), ""), (token.NAME, "y", (3, 2), (3, 3), "")])))
