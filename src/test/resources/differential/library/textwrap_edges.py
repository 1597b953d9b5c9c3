# textwrap: chunking of hyphens and em-dashes, long words, indents wider than the width,
# max_lines with the placeholder, sentence endings, whitespace options, dedent and indent corners.
import textwrap

W = textwrap.TextWrapper()
for text in ("e-mail x--y, well-known 12-34 a-b ab-cd a-bc-de \"hi\"--there -- --lead trail-- A_B-c_d",
             "a--b ab--cd ab---cd ab--- ---ab x.--y x?--y x)--y ab-c-de a-b-cd ab-cd-ef-gh é-ñé-ü",
             "co-op re-enter 3-d x-ray abc-1 ab_-cd ab-_c über-cool no\xa0break-here"):
    print(W._split(text))
    print(textwrap.TextWrapper(break_on_hyphens=False)._split(text))

for width in range(1, 14):
    print(width, textwrap.wrap("self-contained, hyphen-rich, well-to-do text--with em-dashes", width))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbbbbb", 10), textwrap.wrap("aaaaaaaaaa bbbb", 10))
print(textwrap.wrap("abcdefgh-ijklmnop", 10), textwrap.wrap("xx abcdefghijk-lmnop", 10))
print(textwrap.wrap("--------------x", 5), textwrap.wrap("a-b-c-d-e-f-g-h-i-j", 5))
print(textwrap.wrap("-abcdefghijk", 5), textwrap.wrap("ab-cdefghijklmn", 6, break_on_hyphens=False))
print(textwrap.wrap("one two three four", 5, initial_indent="      ", subsequent_indent="--"))
print(textwrap.wrap("one two three", 3, initial_indent="abcd"))
print(textwrap.wrap("one two three", 8, break_long_words=False, initial_indent="xxxxxxxxxx"))
print(textwrap.wrap("a      b", 3, drop_whitespace=False), textwrap.wrap("   a b   ", 3, drop_whitespace=False))
print(textwrap.wrap("word     word", 4), textwrap.wrap(" \t \n", 2), textwrap.wrap("x" * 12, 4))

long = "The quick brown fox jumps over the lazy dog and keeps running far away from here"
for lines in (1, 2, 3, 4, 10):
    for ph in (" [...]", "...", " ~", "  "):
        try:
            print(lines, repr(ph), textwrap.wrap(long, 16, max_lines=lines, placeholder=ph, subsequent_indent="  "))
        except ValueError as e:
            print(lines, repr(ph), e)
print(textwrap.wrap("aaa bbb ccc", 5, max_lines=0, placeholder="."))
print(textwrap.wrap("aaa bbb  ", 7, max_lines=1), textwrap.wrap("aaa bbb  ", 7, max_lines=1, drop_whitespace=False))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbb", 10, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("a b c d e f g h", 4, max_lines=2, placeholder="...."))
print(textwrap.wrap("averyveryverylongword and more", 10, max_lines=1, placeholder=".."))
print(textwrap.wrap("aa bbbbbbbbbbbbbbbbbbbbb", 6, max_lines=2, placeholder=" [...]"))
for width in (5, 6, 10, 12, 20, 40):
    print(width, repr(textwrap.shorten("  The  quick\tbrown\n fox   jumped over it  ", width)))
print(textwrap.shorten("Hello world", 11, placeholder=" (more)"), textwrap.shorten("Hello world", 10, placeholder=" (more)"))

print(textwrap.fill("End. next? ok! \"Quoted.\" 'single!' Mr. Smith A. B. x.y 3. 4 e.g.  two", 100, fix_sentence_endings=True))
print(textwrap.fill("Stop.\tTab. Newline.\nEnd.", 100, fix_sentence_endings=True))
print(repr(textwrap.fill("a\tb\tc\x0bd\x0ce\rf", 100)), repr(textwrap.fill("a\tb\tc", 100, expand_tabs=False)))
print(repr(textwrap.fill("a\tbc\td", 100, tabsize=3, replace_whitespace=False)))
print(repr(textwrap.fill("first\n\nsecond", 100, replace_whitespace=False, drop_whitespace=False)))

for text in ("", "\n", "  \n\t\n", "  a\n\tb", "    x\n   \n      y\n", " \r\n  a\n  b", "\ta\n\t\tb\n\t  c",
             "  same\n  same", "x\n  y", "  a\n  \n  b\n", "\n\n  a\n"):
    print(repr(text), repr(textwrap.dedent(text)))
for bad in (5, b"  x", None):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("dedent", type(e).__name__, e)
print(repr(textwrap.indent("a\n\n  \nb\n", "> ")), repr(textwrap.indent("", "> ")), repr(textwrap.indent("x", "")))
print(repr(textwrap.indent("a\nbb\nccc", "+", lambda line: len(line) > 2)))
print(repr(textwrap.indent("one\x0btwo\x1cthree\u2028four", "|")))

w = textwrap.TextWrapper(width=12, max_lines=2)
print(w.wrap("alpha beta gamma delta epsilon"), w.fill("alpha beta"))
w.max_lines, w.placeholder, w.break_on_hyphens = None, "!", False
print(w.wrap("alpha-beta-gamma-delta epsilon"))
print(sorted(k for k in vars(w)))


class Shouting(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]


print(Shouting(width=9).wrap("quiet words get loud"))

import traceback
for call in (lambda: textwrap.wrap("x", 0), lambda: textwrap.fill("some words", 4, max_lines=1, placeholder="[.......]"),
             lambda: textwrap.shorten("x", -2), lambda: textwrap.wrap(5)):
    try:
        call()
    except Exception:
        print("\n".join(l.split(", in ")[-1] for l in traceback.format_exc().splitlines()[1:] if "^" not in l))
