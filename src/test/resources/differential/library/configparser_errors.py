# configparser's errors: messages, args and attributes of each class (duplicates while reading and
# adding, parsing errors gathered per line, missing section header, interpolation syntax, missing
# keys, depth), ExtendedInterpolation, and the mapping protocol of the parser and its SectionProxy.
import configparser


def t(label, f):
    try:
        print(label, repr(f()))
    except configparser.Error as e:
        print(label, type(e).__name__, e, e.args, repr(e) == str(e))
    except Exception as e:
        print(label, type(e).__name__, e)


def parse(text, **kw):
    p = configparser.ConfigParser(**kw)
    p.read_string(text)
    return p


t("dup section", lambda: parse("[a]\nx=1\n[a]\n"))
t("dup option", lambda: parse("[a]\nx=1\nX = 2\n"))
t("dup section file", lambda: configparser.ConfigParser().read_file(["[a]\n", "[a]\n"], source="f.ini"))
t("dup dict", lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
p = configparser.ConfigParser()
p.add_section("s")
t("add dup", lambda: p.add_section("s"))
t("add default", lambda: p.add_section("DEFAULT"))
t("add int", lambda: p.add_section(5))
t("set int", lambda: p.set("s", "k", 5))
t("set key int", lambda: p.set("s", 5, "v"))
t("set no section", lambda: p.set("zz", "k", "v"))
t("no section", lambda: p.get("zz", "k"))
t("no option", lambda: p.get("s", "K"))
t("options no section", lambda: p.options("zz"))
t("items no section", lambda: p.items("zz"))
t("remove no section", lambda: p.remove_option("zz", "k"))
t("missing header", lambda: parse("x = 1\n[a]\n"))
t("missing header file", lambda: configparser.ConfigParser().read_file(["  key\n"], source="conf"))
e = None
try:
    parse("[a]\nok = 1\nbad line\n= novalue\nalso bad\n")
except configparser.ParsingError as err:
    e = err
print("parsing", e.source, e.errors, e.args)
print(e)
p = configparser.ConfigParser()
try:
    p.read_string("[a]\nok = 1\nbad\n")
except configparser.ParsingError:
    pass
t("kept good lines", lambda: p.items("a"))

# BasicInterpolation
b = parse("[s]\na = %(b)s\nb = %(c)s\nc = end %%\nbad = 50%\nref = %(missing)s\nunclosed = %(x\n"
          "loop = %(loop)s\nself1 = %(self2)s\nself2 = %(self1)s\nUpper = %(A)s\n")
t("chain", lambda: b.get("s", "a"))
t("percent", lambda: b.get("s", "bad"))
t("missing", lambda: b.get("s", "ref"))
t("unclosed", lambda: b.get("s", "unclosed"))
t("loop", lambda: b.get("s", "loop"))
t("mutual", lambda: b.get("s", "self1"))
t("upper", lambda: b.get("s", "upper"))
t("set bad", lambda: b.set("s", "x", "100%"))
t("set bad 2", lambda: b.set("s", "x", "%(a)s and %(b"))
t("set ok", lambda: (b.set("s", "x", "100%%"), b.get("s", "x")))
t("items bad", lambda: b.items("s"))
try:
    b.get("s", "ref")
except configparser.InterpolationMissingOptionError as err:
    print("attrs", err.option, err.section, err.reference)

# ExtendedInterpolation
x = parse("[common]\nhome = /home/${user}\nuser = me\ncost = $$5\n[other]\nlib = ${common:home}/lib\n"
          "bad = ${a:b:c} tail\nmissing = ${nope}\nmissing2 = ${zz:yy}\ndollar = $x\nopen = ${x\n"
          "deep = ${deep}\n", interpolation=configparser.ExtendedInterpolation())
t("ext home", lambda: x.get("common", "home"))
t("ext cost", lambda: x.get("common", "cost"))
t("ext cross", lambda: x.get("other", "lib"))
t("ext colons", lambda: x.get("other", "bad"))
t("ext missing", lambda: x.get("other", "missing"))
t("ext missing section", lambda: x.get("other", "missing2"))
t("ext dollar", lambda: x.get("other", "dollar"))
t("ext open", lambda: x.get("other", "open"))
t("ext deep", lambda: x.get("other", "deep"))
t("ext set", lambda: x.set("other", "y", "$5"))
t("none interp", lambda: configparser.ConfigParser(interpolation=None).get("DEFAULT", "x", fallback="%(y)s"))
t("bad interp", lambda: configparser.ConfigParser(interpolation=5))

# Error classes built directly
for err in (configparser.Error("m"), configparser.Error(), configparser.NoSectionError("s"),
            configparser.DuplicateSectionError("s", "src"), configparser.DuplicateOptionError("s", "o", "src", 3),
            configparser.NoOptionError("o", "s"), configparser.InterpolationError("o", "s", "msg"),
            configparser.InterpolationDepthError("o", "s", "raw"), configparser.ParsingError("src"),
            configparser.MissingSectionHeaderError("f", 2, "line")):
    print(type(err).__name__, repr(err), err.args, err.message == str(err))
print([c.__name__ for c in configparser.InterpolationSyntaxError.__mro__])
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

# the mapping protocol
m = parse("[DEFAULT]\nd = 1\n[a]\nx = 1\ny = %(d)s\n[b]\n")
t("len iter", lambda: (len(m), list(m), "a" in m, "DEFAULT" in m, "zz" in m))
t("proxy", lambda: (m["a"], m["a"].name, m["a"].parser is m, dict(m["a"]), list(m["DEFAULT"]), len(m["b"])))
t("proxy get", lambda: (m["a"]["y"], m["a"].get("zz"), m["a"].get("zz", "fb"), m["a"].getint("x"),
                        m["a"].getboolean("x"), m["a"].get("y", raw=True), m["a"].getfloat("nope", 1.5)))
t("proxy missing", lambda: m["a"]["zz"])
t("no section key", lambda: m["zz"])
m["a"]["new"] = "v"
t("proxy set", lambda: m.get("a", "new"))
t("proxy set int", lambda: m["a"].__setitem__("n", 5))
del m["a"]["new"]
t("proxy del missing", lambda: m["a"].__delitem__("new"))
t("proxy del default", lambda: m["a"].__delitem__("d"))
m["c"] = {"k": "v", "n": 2}
m["a"] = {"only": "this"}
m["a"] = m["a"]
t("after assign", lambda: [(k, dict(v)) for k, v in m.items()])
m["DEFAULT"] = {"fresh": "1"}
t("default assign", lambda: dict(m["DEFAULT"]))
del m["c"]
t("del default", lambda: m.__delitem__("DEFAULT"))
t("del missing", lambda: m.__delitem__("zz"))
t("popitem", lambda: (m.popitem(), m.sections()))
t("popitem 2", lambda: (m.popitem(), m.popitem()))
t("keys", lambda: (list(m.keys()), [repr(v) for v in m.values()]))
