# The idna and punycode codecs: international domain names as ASCII and back, through str.encode,
# bytes.decode, codecs' functions and incremental coders, with the errors a bad name gets.
import codecs


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


hosts = ["b\xfccher.de", "M\xfcnchen.Example.", "www.\u4f8b\u3048.\u30c6\u30b9\u30c8", "stra\xdfe.de",
         "\u05e2\u05d1\u05e8\u05d9\u05ea.il", "caf\xe9\u3002fr", "python.org", "\U0001f4a9.la", "\u03a9mega.gr"]
for host in hosts:
    encoded = host.encode("idna")
    print(repr(host), encoded, repr(encoded.decode("idna")))

for word in ["b\xfccher", "\u65e5\u672c\u8a9e", "Ma\xf1ana-es", "abc", "\xe4\xf6\xfc\xdf", ""]:
    encoded = word.encode("punycode")
    print(repr(word), encoded, repr(encoded.decode("punycode")))

attempt("empty label", lambda: "a..b".encode("idna"))
attempt("long label", lambda: ("x" * 64 + ".com").encode("idna"))
attempt("long last label", lambda: ("x" * 64).encode("idna"))
attempt("long non-ASCII label", lambda: ("\xe9" * 70 + ".com").encode("idna"))
attempt("ACE prefix", lambda: "xn--b\xfccher".encode("idna"))
attempt("bidi", lambda: "a\u05d0.com".encode("idna"))
attempt("prohibited", lambda: "a\ue000b.de".encode("idna"))
attempt("non-strict errors", lambda: "b\xfccher.de".encode("idna", "ignore"))
attempt("round trip", lambda: b"xn--a-ecp.ru".decode("idna"))
attempt("bad punycode in idna", lambda: b"a.xn--zz".decode("idna"))
attempt("non-ASCII bytes", lambda: b"\xff.de".decode("idna"))
attempt("punycode incomplete", lambda: b"bcher-kv".decode("punycode"))
attempt("punycode bad digit", lambda: b"bcher-k!a".decode("punycode"))
attempt("punycode ignore", lambda: b"bcher-k!a".decode("punycode", "ignore"))
attempt("punycode errors", lambda: b"bcher-kva".decode("punycode", "backslashreplace"))
attempt("codecs.encode", lambda: codecs.encode("b\xfccher.de", "idna"))
attempt("codecs.decode", lambda: codecs.decode(b"xn--bcher-kva.de", "IDNA"))
attempt("lookup", lambda: (codecs.lookup("idna").name, codecs.lookup("Punycode").name))

encoder = codecs.getincrementalencoder("idna")()
print([encoder.encode(part) for part in ["www.b\xfc", "cher", ".de"]], encoder.encode("", True))
decoder = codecs.getincrementaldecoder("idna")()
print([decoder.decode(part) for part in [b"www.xn--bc", b"her-kva", b".d"]], repr(decoder.decode(b"e", True)))
