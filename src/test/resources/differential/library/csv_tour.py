# csv: reader (quotes, escapes, newlines in quoted fields, skipinitialspace, strict, QUOTE_NONNUMERIC), writer
# (quoting modes, escapechar, doublequote, lineterminator), dialects by name, class and parameters with
# CPython's errors, field_size_limit, DictReader and DictWriter.
import csv, io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


t("basic", lambda: list(csv.reader(["a,b,c", '1,"two, too","say ""hi"""', "", "x"])))
t("multiline", lambda: list(csv.reader(io.StringIO('a,"line1\nline2",c\r\nd,e,f\r\n', newline=""))))
t("nul", lambda: list(csv.reader(["a\x00b"])))
t("nl", lambda: list(csv.reader(["a\rb"])))
t("skipspace", lambda: list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
t("escape", lambda: list(csv.reader(["a\\,b,c\\\\d,\"q\\\"x\"", "e\\"], escapechar="\\")))
t("nodouble", lambda: list(csv.reader(['"a""b",c'], doublequote=False)))
t("quote-none", lambda: list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
t("nonnum", lambda: list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
t("nonnum bad", lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
t("strict", lambda: list(csv.reader(['"a"b'], strict=True)))
t("lax", lambda: list(csv.reader(['"a"b,c'])))
t("strict eof", lambda: list(csv.reader(['"a'], strict=True)))
t("eof", lambda: list(csv.reader(['"a'])))
t("bytes", lambda: list(csv.reader([b"a"])))
t("tab", lambda: list(csv.reader(["a\tb"], "excel-tab")))
t("semicolon", lambda: list(csv.reader(["a;b"], delimiter=";")))
r = csv.reader(["a", "b", '"c', 'd"'])
print([(row, r.line_num) for row in r], r.dialect.delimiter)
t("Dialect", lambda: csv.Dialect())
for kw in [dict(delimiter=""), dict(delimiter=None), dict(delimiter=1), dict(quotechar=1), dict(quotechar=None),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quoting=7), dict(quoting="a"), dict(quoting=None),
           dict(lineterminator=1), dict(lineterminator=None), dict(escapechar="ab"), dict(foo=1)]:
    t("params %s" % kw, lambda: csv.reader([], **kw).dialect.quoting)
t("reader none", lambda: csv.reader(None))
t("writer none", lambda: csv.writer(None))

s = io.StringIO()
w = csv.writer(s)
t("wr", lambda: w.writerow(["a", "b,c", 'd"e', "f\ng", "h\rI", None, 1.5, "", " x", True, 3]))
t("wr empty", lambda: w.writerow([""]))
t("wr emptyl", lambda: w.writerow([]))
t("wr none", lambda: w.writerow([None]))
t("wr int", lambda: w.writerow(5))
t("wrs", lambda: w.writerows([[1, 2], ["x"]]))
print(repr(s.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=quoting).writerow(["a", 1, 2.5, None, "", True])
    print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE)
t("none1", lambda: w.writerow(["a,b"]))
t("none2", lambda: w.writerow([""]))
t("none3", lambda: w.writerow(['a"b']))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
t("none4", lambda: w.writerow(["a,b", 'q"', "e\\", "n\nl"]))
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, doublequote=False, escapechar="\\").writerow(['a"b', "c\\d"])
csv.writer(s, "unix").writerow(["u", 1])
csv.writer(s, lineterminator="|").writerow(["x|y", "z"])
print(repr(s.getvalue()))

t("limit", lambda: csv.field_size_limit("x"))
t("big", lambda: (csv.field_size_limit(5), list(csv.reader(["abcdef"]))))
print(csv.field_size_limit(131072), csv.field_size_limit())
t("getd", lambda: csv.get_dialect("nope"))
t("reg", lambda: csv.register_dialect(1))
t("unreg", lambda: csv.unregister_dialect("nope"))
d = csv.get_dialect("excel")
print(type(d), d.delimiter, d.quoting, d.escapechar, repr(d.lineterminator), d.doublequote, d.strict)
t("dset", lambda: setattr(d, "delimiter", ";"))
print(csv.Error.__module__, csv.Error.__mro__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(type(csv.reader([])), type(csv.writer(io.StringIO())))
csv.register_dialect("semi", "excel", delimiter=";")


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("pipes", Pipes)
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, list(csv.reader(["a|'b|c'"], "pipes")))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()), Pipes()._valid, csv.excel_tab.delimiter, csv.unix_dialect.quoting)


class Missing(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    lineterminator = "\n"


t("missing", lambda: Missing())

data = "name,age\r\nann,30\r\n\r\nbob,40,extra\r\ncy\r\n"
dr = csv.DictReader(io.StringIO(data, newline=""), restkey="rest", restval="?")
print(dr.fieldnames, [row for row in dr], dr.line_num)
dr = csv.DictReader(["1,2"], fieldnames=("a", "b"))
print(list(dr), dr.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b"], restval="-")
print(dw.writeheader(), dw.writerow({"a": 1}), dw.writerows([{"b": 2}, {"a": "x,y", "b": None}]))
t("extra", lambda: dw.writerow({"a": 1, "c": 2}))
t("extrasaction", lambda: csv.DictWriter(s, ["a"], extrasaction="bad"))
csv.DictWriter(s, ["a"], extrasaction="ignore").writerow({"a": 1, "z": 2})
print(repr(s.getvalue()))
