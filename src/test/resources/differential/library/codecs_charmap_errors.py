# The single-byte encodings are charmap codecs in CPython: their errors name 'charmap', give the run of
# characters that have no byte, and every standard error handler applies.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except UnicodeError as e:
        print(label, "!!", type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason)


text = "Price: 5\u20ac, \u0101\u0113 and \u4e2d\u6587!"
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    attempt("cp1252 " + errors, lambda: text.encode("cp1252", errors))
    attempt("latin-9 " + errors, lambda: text.encode("iso8859-15", errors))
attempt("koi8-r", lambda: "\u043f\u0440\u0438\u0432\u0435\u0442 world".encode("koi8_r"))
attempt("cp437 euro", lambda: "\u20ac".encode("cp437"))

data = b"ok \x81\x8d\x90 tail"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    attempt("cp1252 decode " + errors, lambda: data.decode("cp1252", errors))
attempt("cp1252 round trip", lambda: "\u20ac\u2019\u201c".encode("cp1252").decode("cp1252"))
attempt("surrogateescape round trip", lambda: data.decode("cp1252", "surrogateescape").encode("cp1252", "surrogateescape"))
