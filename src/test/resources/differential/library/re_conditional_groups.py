# Conditional groups (?(1)yes|no) and (?(name)yes|no): matching, group numbers after them, and their errors.
import re

email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = email.search(s)
    print(repr(s), m and (m.group(), m.groups(), m.span(), m.lastindex))

quoted = re.compile(r"(?P<q>['\"])?(?P<word>\w+)(?(q)(?P=q))")
print([m.group("word", "q") for m in quoted.finditer("'one' two \"three\" four'")])
print(re.fullmatch(r"(\()?\d+(?(1)\))", "(12)"), re.fullmatch(r"(\()?\d+(?(1)\))", "12)"))
print(re.sub(r"(a)?(?(1)b|c)(d)", r"[\2]", "abd cd acd"), re.findall(r"(?(2)x|y)(a)?(b)?", "yab y"))
big = re.compile(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)?(?(11)K|L)(z)")
print(big.match("abcdefghijkKz").group(12), big.match("abcdefghijLz").regs[-2:])

for bad in [r"(?(1)a|b|c)", r"(?(3)a)(b)", r"(?(0)a)", r"(?(x)a)", r"(?(1a)a)", r"(?()a)", r"(?(1", r"(?(1)a",
            r"(?(1)*)(a)", r"(?<=(a)(?(1)b|c))d"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiles")
    except re.error as e:
        print(repr(bad), "->", e, "|", e.pos)
