# The errors users make in patterns: re.error's message, pos, lineno and colno as _parser gives them,
# ValueError and OverflowError where CPython raises those, FutureWarnings for possible set syntax,
# and re.error built by hand.
import re

bad_patterns = [
    "(abc", "abc)", "*abc", "a**", "a{2}*", "[abc", "[]", r"[z-a]", r"[\d-z]", r"[a-\d]", r"[\x41-\d]", r"[\w-.]",
    r"\q", r"[\q]", "\\", r"\8", r"(a)\2", r"(a\1)", r"\400", r"\777", r"\x4", r"\u12", r"\U00110000",
    r"\N", r"\N{", r"\N{}", r"\N{BOGUS NAME}", r"\N{latin small letter a}", "(?P<n>a)(?P<n>b)", "(?P<1>a)", "(?P<", "(?P=x)",
    "(?Px)", "(?<x>a)", "(?", "(?z)", "(?i", "(?i1)", "(?i-i:a)", "(?-i)", "(?i-", "(?i-z:x)", "(?im-s)",
    "(?-a:x)", "(?au:x)", "(?L)a", "a(?i)b", "(?#comment", "x{3,1}", "x{4294967295}", "x{1,4294967294}", "a|*",
    r"\b*", "[a--b]", "[a-]", r"[\d-]",
]
for pat in bad_patterns:
    try:
        r = re.compile(pat)
        print(f"{pat!r:24} compiles, groups={r.groups}")
    except re.error as e:
        print(f"{pat!r:24} {e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
    except (ValueError, OverflowError) as e:
        print(f"{pat!r:24} {type(e).__name__}: {e}")

for pat, flags in [("(?a)(?u)x", 0), ("a", re.A | re.U), ("a", re.L), (b"a", re.A | re.L), (b"a", re.U), (b"(?u)a", 0),
                   ("(", re.A | re.U)]:
    try:
        re.compile(pat, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)

re.compile("[[:digit:]]+")
re.compile("[a-z&&[^aeiou]]")

try:
    re.compile("(?x)\n  (\\d+)  # number\n  [a-z   # unterminated\n")
except re.error as e:
    print(e, "|", e.lineno, e.colno, e.pos)
try:
    re.compile(b"(a\xe9")
except re.error as e:
    print(e, e.pattern, e.pos)
try:
    re.compile("😀(")
except re.error as e:
    print(e, e.pos, e.colno)
print(str(re.error("msg")), re.error("msg").pos, re.error("m", "pat", 1), repr(re.error("m", "pat", 1)))
e = re.error("boom", pattern="a\nbc", pos=3)
print(e.msg, e.pattern, e.lineno, e.colno, e.args)
try:
    re.error()
except TypeError as exc:
    print(exc)
