# string: the constants, capwords, Template's substitution rules and errors, and Formatter's parsing,
# numbering, conversions and overridable steps, as CPython's.
import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.printable), string.punctuation, string.__all__)
print(string.capwords("  hello   world-foo  "), string.capwords("a-b-c", "-"), string.capwords("ÉCOLE de PARIS"))

t = Template("$who likes $what, ${who}s pay $$10; $$ is a dollar")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bo"), t.is_valid(), t.get_identifiers())
for text, kwargs in [("x $", {}), ("line one\n  ab$ cd", {}), ("$a", {}), ("${ a}", {"a": 1}), ("$1a", {}),
                     ("${a", {"a": 1}), ("\n\n$!", {}), ("a\r\nb\x0c $!\n", {}), ("\r\r$", {})]:
    try:
        print(repr(Template(text).substitute(**kwargs)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute(**kwargs)), Template(text).is_valid())
print(Template("$a_b1 $_x ${Cap}tain $$$a").substitute(a_b1=1, _x=2, Cap="cap", a=3))
print(Template("$a $b ${a} $$c $").get_identifiers(), Template("").substitute(), Template("no placeholders").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%x %% %{y}z %").safe_substitute(x=1, y=2), Percent.delimiter, Template.delimiter)


class Money(Template):
    delimiter = "€€"


print(Money("cost: €€price, €€€€ sign, €€{unit}s").substitute(price=3, unit="euro"))

f = Formatter()
print(f.format("{} {}", 1, 2), f.format("{0}{1}{0}", "ab", "-"), f.format("{name:>8}|{0:^5}|", 7, name="x"))
print(f.format("{a.real:>{w}}|{b[k]}|{c[1]}|{0!r:<6}|{0!s}|{0!a}", "é", a=3, w=5, b={"k": "v"}, c=[10, 20]))
print(f.format("{:{}{}}", 3.14159, ">", 10), f.format("{0:{1}.{2}f}", 2.5, 8, 3), f.format("{{literal}} {}", 1))
print(list(f.parse("a{0!r:>{w}}b{{c}}{x.y[0]}")), list(f.parse("}}x{{")), list(f.parse("")), list(f.parse("{!r}")))
print(list(f.parse("{:{:{}}}")), list(f.parse("{a[x:y]}")), list(f.parse("plain")), f.get_field("0.real", [5], {}))
for fmt, args, kwargs in [("a}", (), {}), ("a{", (), {}), ("a{0", (), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
                          ("{0[}", (1,), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{0!x}", (1,), {}),
                          ("{a{b}", (), {}), ("{0", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{x}", (), {}),
                          ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0[0}", ([1],), {}), ("{2}", (1,), {})]:
    try:
        print(repr(f.format(fmt, *args, **kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        return value.upper() if conversion == "u" else super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        return "[" + super().format_field(value, format_spec) + "]"


s = Strict()
print(s.format("{a} {missing} {b!u}", a=1, b="loud"))
try:
    s.format("{a}", a=1, extra=2)
except ValueError as e:
    print(e)
