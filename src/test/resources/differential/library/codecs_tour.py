# codecs: lookup and CodecInfo, encode/decode (text and bytes-to-bytes codecs), incremental decoders
# fed multi-byte sequences split anywhere, stream readers and writers, codecs.open, the BOM constants
# and the error handler registry.
import codecs
import io
import os
import tempfile


def report(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ("UTF_8", "utf8", "u8", "latin-1", "latin1", "ISO-8859-1", "ascii", "us-ascii", "utf-16", "UTF_16_LE",
             "utf-16be", "utf-32", "utf_32_be", "utf_8_sig", "cp1252", "iso8859_15", "hex", "base64", "zlib", "rot13"):
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, isinstance(info, tuple), len(info), info[0] is info.encode,
          info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))

print(codecs.encode("h\u00e9llo"), codecs.decode(b"h\xc3\xa9llo"), codecs.encode("\u00e9", "latin-1"),
      codecs.decode(b"\xff\xfea\x00", "utf-16"), codecs.encode("a", encoding="utf-16-be"))
print(codecs.encode(b"abc", "hex"), codecs.decode(b"616263", "hex"), codecs.encode("Hello", "rot13"),
      codecs.encode(b"abc", "base64"), codecs.decode(b"YWJj\n", "base64"),
      codecs.decode(codecs.encode(b"abc" * 10, "zlib"), "zlib"))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.encode("a\u20acb", "ascii", "xmlcharrefreplace"),
      codecs.encode("a\u20acb", "ascii", errors="backslashreplace"), codecs.encode("\u00e9", "ascii", "namereplace"))
print(codecs.getencoder("latin-1")("\u00e9t\u00e9"), codecs.getdecoder("utf-8")(b"\xc3\xa9"))
print(codecs.utf_8_encode("\u00e9"), codecs.utf_8_decode(b"a\xc3"), codecs.utf_8_decode(b"a\xc3\xa9", "strict", True),
      codecs.latin_1_encode("\u00e9"), codecs.latin_1_decode(b"\xe9"), codecs.ascii_encode("a"), codecs.ascii_decode(b"a"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF16, codecs.BOM_UTF32,
      codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE)

report(lambda: codecs.lookup("nope"))
report(lambda: codecs.encode("x", "nope"))
report(lambda: codecs.decode(b"x", "My Codec"))
report(lambda: codecs.encode(b"x"))
report(lambda: codecs.decode("x"))
report(lambda: codecs.encode("x", "hex"))
report(lambda: codecs.lookup(5))
report(lambda: "x".encode("hex"))
report(lambda: b"x".decode("rot13"))
report(lambda: codecs.decode(b"\xff", "utf-8"))
report(lambda: codecs.encode("\u00e9", "ascii"))
report(lambda: codecs.lookup_error("nope"))
report(lambda: codecs.register_error("x", 5))

# incremental decoding: every split of a multi-byte text gives the whole text back
text = "a\u00e9\u20ac\U0001f600z"
for name in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1"):
    data = text.encode(name) if name != "latin-1" else b"caf\xe9"
    expected = data.decode(name)
    ok = True
    for cut in range(len(data) + 1):
        for second in range(cut, len(data) + 1):
            d = codecs.getincrementaldecoder(name)()
            pieces = [d.decode(data[:cut]), d.decode(data[cut:second]), d.decode(data[second:], final=True)]
            ok = ok and "".join(pieces) == expected
    d = codecs.getincrementaldecoder(name)()
    print(name, ok, [d.decode(bytes([b])) for b in data])

d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(b) for b in (b"\xe2", b"\x82", b"\xacx")], d.decode(b"", final=True), d.getstate())
d.decode(b"\xf0\x9f")
print(d.getstate())
d.reset()
print(d.getstate())
report(lambda: d.decode(b"\xe2", final=True))
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xe2")), repr(d.decode(b"", True)))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"), e.getstate())
e.reset()
print(e.encode("c"), codecs.getincrementalencoder("utf-8-sig")().encode("x"))
print(list(codecs.iterencode(["a", "\u00e9", "", "b"], "utf-16")),
      list(codecs.iterdecode([b"\xc3", b"\xa9", b"z", b"\xe2\x82", b"\xac"], "utf-8")))

# streams
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("\u00e9")
w.writelines(["a", "b\n"])
print(buf.getvalue(), w.stream is buf, w.errors, w.getvalue())
buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("ab")
w.write("c")
print(buf.getvalue())
lines = "line1\nl\u00efne2\r\nline3 \u20ac".encode()
r = codecs.getreader("utf-8")(io.BytesIO(lines))
print(repr(r.readline()), repr(r.read(3)), r.readlines())
print(list(codecs.getreader("utf-8")(io.BytesIO(lines))))
r = codecs.getreader("utf-8")(io.BytesIO(lines))
print(repr(r.readline(keepends=False)), repr(r.read()))
r = codecs.getreader("utf-16")(io.BytesIO("x\ny".encode("utf-16")))
print(repr(r.read()))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.txt")
    with codecs.open(path, "w", "utf-16") as f:
        print(type(f).__name__, f.encoding)
        f.write("first \u00e9\n")
        f.write("second \u20ac\n")
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, "r", encoding="utf-16") as f:
        print(f.readline(), list(f))
    with codecs.open(path, "rb") as f:
        print(type(f).__name__, f.read(2))

# error handlers
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace") is codecs.replace_errors)
print(codecs.replace_errors(UnicodeEncodeError("ascii", "a\u00e9\u00e9", 1, 3, "x")),
      codecs.replace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")),
      codecs.ignore_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")),
      codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")),
      codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "x")),
      codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a\u00e9", 1, 2, "x")),
      codecs.namereplace_errors(UnicodeEncodeError("ascii", "a\u00e9", 1, 2, "x")))
report(lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")))
report(lambda: codecs.strict_errors(5))
report(lambda: codecs.strict_errors(ValueError("boom")))
report(lambda: codecs.ignore_errors(ValueError("boom")))


def bracket(exc):
    return ("[%s]" % ascii(exc.object[exc.start:exc.end]), exc.end)


codecs.register_error("bracket", bracket)
print(codecs.lookup_error("bracket") is bracket)
print(codecs.encode("a\u00e9b\u20ac", "ascii", "bracket"), codecs.decode(b"a\xffb\xfe", "ascii", errors="bracket"),
      codecs.encode("a\u00e9b", "utf-16", "bracket"), codecs.decode(b"a\xe9", "utf-8", "bracket"))
d = codecs.getincrementaldecoder("utf-8")("bracket")
print(d.decode(b"a\xff\xe2\x82"), d.decode(b"\xac"))


# a codec of one's own, found by a search function
def search(name):
    if name == "my_upper":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-upper")
    return None


codecs.register(search)
print(codecs.lookup("My-Upper").name, codecs.encode("abc", "my upper"), codecs.decode(b"ABC", "MY_UPPER"))
codecs.unregister(search)
report(lambda: codecs.lookup("my_upper"))
