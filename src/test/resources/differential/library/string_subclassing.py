# string: Template subclasses that change idpattern, braceidpattern, flags, delimiter or the whole
# pattern (and the errors for patterns missing groups), and Formatter subclasses that override
# parse, get_field, get_value, vformat and format_field, as CPython's.
import re
from string import Template, Formatter


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except (KeyError, ValueError, IndexError, TypeError) as e:
        print(label, type(e).__name__, e.args[0])


def exercise(cls, text, mapping):
    t = cls(text)
    attempt("  substitute", t.substitute, mapping)
    attempt("  safe_substitute", t.safe_substitute, mapping)
    attempt("  get_identifiers", t.get_identifiers)
    attempt("  is_valid", t.is_valid)


class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'


class Spaced(Template):
    delimiter = '%'
    braceidpattern = r'[^}]+'


class CaseSensitive(Spaced):
    flags = 0


class Verbose(Template):
    flags = re.VERBOSE


class At(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'


class Extra(Template):
    pattern = r'%(?P<named>\w+)|(?P<braced>!)|(?P<escaped>\?)|(?P<invalid>~)|(?P<other>\^)'


class OnlyNamed(Template):
    pattern = r'%(?P<named>\w+)'


values = {"x.y": 1, "a": 2, "A": 3, "a b": 4, "!": 5, "q": 6}
for cls in (Dotted, Spaced, CaseSensitive, Verbose, At, Extra, OnlyNamed):
    print(cls.__name__, cls.delimiter, cls.pattern.groupindex, cls.pattern.flags & re.IGNORECASE != 0)
    for text in ("$x.y ${x.y} $a.b", "%a %A %{a b} %% %", "@a @@ @{q} @", "%a ! ? ~", "%a ^ ~", "x ~ ^", "%q"):
        print(" ", repr(text))
        exercise(cls, text, values)
print(Template.pattern.groupindex, Template.flags == re.IGNORECASE, Template.braceidpattern)
print(Dotted.pattern is not Template.pattern, 'pattern' in Dotted.__dict__)


class Defaulting(dict):
    def __missing__(self, key):
        return "<%s?>" % key


t = Template("$a $b ${c}")
print(t.substitute(Defaulting(a=1)), t.substitute(Defaulting(a=1), b=2), t.safe_substitute({"a": 1}, c=3))
print(Template("$mapping $self").substitute(mapping="m", self="s"))
attempt("two mappings", t.substitute, {}, {})
attempt("missing", t.substitute, {"a": 1}, b=2)
t.template = "changed $a"
print(t.substitute(a="yes"))
attempt("bad lines", Template("one\ntwo\r\n  three $ four").substitute)


class Tracing(Formatter):
    def parse(self, format_string):
        items = list(super().parse(format_string))
        print("  parse", repr(format_string), items)
        return items

    def get_field(self, field_name, args, kwargs):
        obj, used = super().get_field(field_name, args, kwargs)
        print("  get_field", repr(field_name), repr(obj), repr(used))
        return obj, used

    def check_unused_args(self, used_args, args, kwargs):
        print("  used", sorted(map(str, used_args)), "of", len(args), sorted(kwargs))


tr = Tracing()
print(tr.format("{0.real:>{width}}|{items[1]}|{0!r}", 7, width=4, items="xyz"))
attempt("mixed", tr.format, "{} {0}", 1)
attempt("nested mixed", tr.format, "{:{0}}", 1, 2)
print(tr.format("{:{}}|{:>{}}", "a", 3, "b", 4))


class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, key.upper())
        return args[key] if key < len(args) else "#%d" % key

    def format_field(self, value, format_spec):
        if format_spec == "shout":
            return str(value).upper() + "!"
        return super().format_field(value, format_spec)

    def vformat(self, format_string, args, kwargs):
        return "<" + super().vformat(format_string, args, kwargs) + ">"


u = Upper()
print(u.format("{name} {other:shout} {3} {0:>3}", 1, name="n"), u.vformat("{x}", (), {}))
attempt("bad conversion", u.format, "{0!z}", 1)
attempt("deep", u.format, "{0:{1:{2:{3}}}}", 1, 2, 3, 4)
attempt("empty attr", u.format, "{missing.}")
attempt("index", Formatter().format, "{5}", 1)
attempt("bracket", Formatter().get_field, "0[1]x", [[1, 2]], {})
print(Formatter().get_field("a[k].imag", (), {"a": {"k": 3}}), Formatter().get_value(0, ("z",), {}))
print(list(Formatter().parse("{0[}]}:{{}}{a!s:{b}}")), Formatter().convert_field(1.5, "a"))
