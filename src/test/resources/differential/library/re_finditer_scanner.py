# finditer is iter(pattern.scanner(string).search, None), a callable_iterator finding each match when asked;
# a scanner's search and match go on where the last stopped, and stop for good after a failure.
import re
s = re.compile(r"\d+|(?=x)").scanner("a12x34")
print(type(s).__name__, s.pattern, s.search(), s.search(), s.search(), s.search(), s.search())
sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
it = re.finditer(r"o", "foo boo")
print(next(it).span(), type(it).__name__, [m.span() for m in it], list(it))
text = "a1 b2 c3"
gen = re.finditer(r"(\w)(\d)", text)
del text
print([m.groups() for m in gen], [m.span() for m in re.finditer(r"|a", "aa")], [m.group() for m in re.compile("a").finditer("aaaa", 1, 3)])
