# re: compile/match/search/fullmatch/findall/finditer/sub/subn/split/escape, flags, match objects, errors.
import re

m = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "width=640; height=480")
print(m, m.group(), m.group(1), m.group("value"), m.group(1, 2), m["key"])
print(m.groups(), m.groupdict(), m.start(), m.end(2), m.span("value"), m.lastindex, m.lastgroup)
print(m.re, m.string, m.pos, m.endpos, m.expand(r"\g<value> for \1"))
print(re.search(r"\d+", "abc 123 def 45"), re.match(r"\d+", "abc"), re.fullmatch(r"a+b?", "aaab"))
print(re.fullmatch(r"a+", "aab"), re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M))
print(re.findall(r"\d+", "1 22 333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(\w)\d", "a1 b2"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.findall(r"x*", "axb"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"a", "b", "aaa", count=2))
print(re.subn(r"\s+", " ", "a  b \t c\n"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"))
print(re.sub(r"(?P<w>o)", r"<\g<w>>", "foo"), re.sub("x", r"\n", "axb"), re.sub("q", "z", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r"\b", "hi there"), re.split("x*", "axbc"))
print(re.escape("a.b*c (1+1) ~ $"), re.escape(b"a.b"))
p = re.compile(r"""
    (?P<int>\d+)      # the integer part
    (?:\.(?P<frac>\d*))?  # an optional fraction, [ and # in a set: [#]
""", re.VERBOSE)
print(p.match("3.14").groupdict(), p.match("42").groupdict("-"), p.groups, sorted(p.groupindex.items()))
print(re.compile("abc", re.I | re.M), re.compile(r"\d"), re.compile(b"x"), re.compile("a").flags, re.compile("a", re.I | re.S).flags)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S))
print(re.match(r"[]a-c^[]+", "]ab^[c").group(), re.match(r"[^]x]+", "abc]").group(), re.match(r"a{2,3}", "aaaa").group())
print(re.match(r"a{,2}", "aaa").group(), re.match(r"{x}", "{x}").group(), re.match(r"a{1}b{", "ab{").group())
print(re.search(r"foo$", "foo\n"), re.search(r"foo\Z", "foo\n"), re.search(r"\Afoo", "foo"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups(0), re.search(r"((a)b)", "ab").lastindex)
print(re.match(r"(\w+) \1", "hey hey").group(), re.match(r"(?P<x>a)(?P=x)", "aa").span())
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"[\d,]+", "1,234 and 5"), re.findall(r"\x41\u00e9\n", "A\u00e9\n"))
print(re.match(r"\w+", "naïve café").group(), re.match(r"\w+", "naïve", re.A).group(), re.findall(rb"\d+", b"a1b22"))
print(re.compile(r"(?<=-)\w+").findall("a-b c-d"), re.search(r"(?<!x)y", "xy zy").start(), re.match(r"(?=a)a", "a"))
print(re.sub(r"(\d+)", r"[\1]", "a1b22"), re.sub("", "-", "abc"), re.compile(r"o").search("foo", 2).span())
print(re.compile(r"o").findall("fooo", 1, 3), re.compile(r"^o").match("foo", 1), re.compile("o$").search("foo", 0, 2))

for bad in ["(abc", "abc)", "*a", "a**", "[abc", r"\q", r"(?P<1a>x)", r"(?P=nope)", r"\2(a)", "[z-a]", "a{3,2}",
            "(?P<n>a)(?P<n>b)", "x(?i)y", r"\x4"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos)
for bad in [lambda: re.sub("a", r"\9", "a"), lambda: re.sub("(a)", r"\g<2>", "a"), lambda: re.sub("a", r"\q", "a"),
            lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 3),
            lambda: m.group(3), lambda: m.group("nope"), lambda: re.sub("a", lambda m: 1, "a")]:
    try:
        bad()
    except (re.error, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(isinstance(p, re.Pattern), isinstance(m, re.Match), type(m).__name__, re.error.__module__)
