# configparser: reading strings, dicts and files (comments, continuation lines, empty lines, DEFAULT),
# get/getint/getfloat/getboolean with fallback and vars, items, options, write's exact text,
# allow_no_value, delimiters, comment prefixes, default_section, optionxform, converters.
import configparser, io, os, tempfile

TEXT = """\
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path: /srv/%(user)s

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio = 0.75
long = first line
  second line

  after an empty line
; semicolon comment
"""


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = configparser.ConfigParser()
p.read_string(TEXT)
t("sections", p.sections)
t("defaults", lambda: dict(p.defaults()))
t("options", lambda: p.options("topsecret.server.example"))
t("get", lambda: p.get("forge.example", "user"))
t("interp", lambda: p.get("forge.example", "PATH"))
t("raw", lambda: p.get("forge.example", "path", raw=True))
t("vars", lambda: p.get("forge.example", "path", vars={"User": "root"}))
t("getint", lambda: p.getint("topsecret.server.example", "port"))
t("getfloat", lambda: p.getfloat("topsecret.server.example", "ratio"))
t("getboolean", lambda: p.getboolean("topsecret.server.example", "forwardx11"))
t("getboolean default", lambda: p.getboolean("forge.example", "compression"))
t("long", lambda: p.get("topsecret.server.example", "long"))
t("fallback", lambda: p.get("forge.example", "nope", fallback="fb"))
t("fallback none", lambda: p.get("forge.example", "nope", fallback=None))
t("fallback section", lambda: p.getint("nosection", "x", fallback=7))
t("bad int", lambda: p.getint("forge.example", "user"))
t("bad bool", lambda: p.getboolean("forge.example", "user"))
t("bad int fallback", lambda: p.getint("forge.example", "user", fallback=1))
t("items", lambda: p.items("forge.example"))
t("items raw", lambda: p.items("forge.example", raw=True))
t("items vars", lambda: p.items("forge.example", vars={"user": "x", "extra": "1"}))
t("items default", lambda: p.items("DEFAULT"))
t("has_option", lambda: (p.has_option("forge.example", "compression"), p.has_option("", "compression"),
                         p.has_option("zzz", "user"), p.has_option("forge.example", "USER")))
t("has_section", lambda: (p.has_section("DEFAULT"), p.has_section("forge.example")))
out = io.StringIO()
p.write(out)
print(out.getvalue())
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue())

# set / remove
p.set("forge.example", "new", "value\nwith lines")
t("remove_option", lambda: (p.remove_option("forge.example", "user"), p.remove_option("forge.example", "user")))
t("remove_section", lambda: (p.remove_section("topsecret.server.example"), p.remove_section("zzz")))
p.add_section("added")
p.set("added", "Key", "v")
p.set("DEFAULT", "compression", "no")
out = io.StringIO()
p.write(out)
print(out.getvalue())

# read_dict, defaults, dict_type
q = configparser.ConfigParser({"base": "/b", "n": 3})
q.read_dict({"s": {"Path": "%(base)s/x", 1: 2}, 5: {}})
t("dict none", lambda: q.read_dict({"s": {"none": None}}))
t("dict sections", q.sections)
t("dict items", lambda: q.items("s", raw=True))
t("dict get", lambda: q.get("s", "path"))
t("defaults with %", lambda: configparser.ConfigParser({"pct": "100%"}).get("DEFAULT", "pct", raw=True))

# RawConfigParser does no interpolation and takes non-str values
r = configparser.RawConfigParser()
r.add_section("s")
r.set("s", "a", "%(b)s")
r.set("s", "n", 5)
t("raw parser", lambda: (r.get("s", "a"), r.get("s", "n")))
t("raw add_section int", lambda: r.add_section(3))

# allow_no_value, delimiters, comment prefixes, inline comments, empty lines
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nuser = mysql\nskip-bdb\n  \nquick\n")
t("no value", lambda: nv.items("mysqld", raw=True))
t("no value get", lambda: nv.get("mysqld", "skip-bdb"))
out = io.StringIO()
nv.write(out)
print(out.getvalue())
d = configparser.ConfigParser(delimiters=("->", "=="), comment_prefixes=("//",), inline_comment_prefixes=("#", ";"))
d.read_string("[s]\na -> 1 # one\nb == two;not a comment ; comment\nc=d -> e\n// full\n  // indented full\n")
t("delimiters", lambda: d.items("s"))
out = io.StringIO()
d.write(out)
print(out.getvalue())
e = configparser.ConfigParser(empty_lines_in_values=False)
t("empty ends value", lambda: e.read_string("[s]\na = 1\n  more\n\n  orphan\n"))
e2 = configparser.ConfigParser()
e2.read_string("[s]\na = 1\n\n\n  more\n  # not comment? \nb = 2\n\n")
t("empty kept", lambda: e2.items("s"))
ds = configparser.ConfigParser(default_section="common")
ds.read_string("[common]\nx = 1\n[DEFAULT]\ny = 2\n")
t("default_section", lambda: (ds.sections(), ds.items("DEFAULT"), dict(ds["common"])))
cs = configparser.RawConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamel = 1\ncamel = 2\n")
t("optionxform", lambda: cs.items("S"))
ns = configparser.ConfigParser(strict=False)
ns.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
t("non-strict", lambda: ns.items("a"))

# converters
cv = configparser.ConfigParser(converters={"list": lambda v: [s.strip() for s in v.split(",")]})
cv.read_string("[s]\nitems = a, b ,c\n")
t("converter", lambda: cv.getlist("s", "items"))
t("converter proxy", lambda: cv["s"].getlist("items"))
t("converter missing", lambda: cv["s"].getlist("nope", ["d"]))
t("converters", lambda: sorted(cv.converters.items(), key=lambda kv: kv[0])[:3])
cv.converters["upper"] = str.upper
t("converter added", lambda: (cv.getupper("s", "items"), cv["s"].getupper("items")))
del cv.converters["upper"]
t("converter deleted", lambda: hasattr(cv, "getupper"))
t("bad converter", lambda: cv.converters.__setitem__("", str))

# files
with tempfile.TemporaryDirectory() as tmp:
    one = os.path.join(tmp, "one.ini")
    with open(one, "w") as f:
        f.write("[f]\nk = v\n")
    f = configparser.ConfigParser()
    t("read", lambda: [os.path.basename(n) for n in f.read([one, os.path.join(tmp, "missing.ini")])])
    t("read one", lambda: [os.path.basename(n) for n in f.read(one)] == [os.path.basename(one)])
    with open(one) as fh:
        g = configparser.ConfigParser()
        g.read_file(fh)
        t("read_file", lambda: g.items("f"))
    t("read_file lines", lambda: (g.read_file(["[h]", "a=1"], source="<list>"), g.items("h")))

# a converter under a built-in's name replaces it; sections keep their proxy while it is in use
ov = configparser.ConfigParser(converters={"int": lambda v: int(v) * 10})
ov.read_string("[s]\nn = 4\n")
t("override int", lambda: (ov.getint("s", "n"), ov["s"].getint("n"), ov.getfloat("s", "n")))
t("proxy identity", lambda: ov["s"] is ov["s"])
held = ov["s"]
t("proxy held", lambda: (ov["s"] is held, held.name, held["n"]))
t("no attr", lambda: ov.getnothing)
t("proxy no attr", lambda: held.getnothing)
t("converter attr", lambda: cv.getlist.converter is cv.converters["list"])
del ov.converters["int"]
t("deleted int", lambda: (ov.getint("s", "n"), hasattr(held, "getint"), sorted(ov.converters)))
t("del bad converter", lambda: ov.converters.__delitem__(None))
