# str.encode and bytes.decode for UTF-16, UTF-32 (marked, -le, -be) and utf-8-sig: the byte order
# mark CPython writes (little-endian), the marks it reads, and its errors' reasons and ranges.
text = "h\u00e9\u20ac\U0001f600"
for name in ("utf-16", "UTF16", "u16", "utf-16-le", "utf_16_le", "utf-16le", "utf-16-be", "UnicodeBigUnmarked",
             "utf-32", "U32", "utf-32-le", "utf-32-be", "utf_32be", "utf-8-sig", "UTF_8_SIG"):
    data = text.encode(name)
    print(name, data.hex(), data.decode(name) == text, "".encode(name), b"".decode(name) == "")

for data, name in [(b"\xff\xfea", "utf-16"), (b"a\x00\x00\xd8", "utf-16-le"), (b"a\x00\x00\xd8b\x00", "utf-16-le"),
                   (b"\x00\xdcb\x00", "utf-16-le"), (b"\x00a\xd8\x00", "utf-16-be"), (b"\x00\x00\x11\x00", "utf-32-le"),
                   (b"\x00\xd8\x00\x00", "utf-32-le"), (b"ab", "utf-32"), (b"\xef\xbb\xbf\xff", "utf-8-sig"),
                   (b"\xfe\xff\x00a", "utf-16"), (b"a\x00", "utf-16"), (b"\x00\x00\xfe\xffab", "utf-32"),
                   (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"abc", "utf-8-sig"), (b"\xef\xbb\xbf\xef\xbb\xbf", "utf-8-sig")]:
    try:
        print(repr(data.decode(name)))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.reason, e.encoding)
    print(repr(data.decode(name, "replace")), repr(data.decode(name, "ignore")), repr(data.decode(name, "backslashreplace")))

for s, name in [("a\ud800b", "utf-16-le"), ("a\ud800b", "utf-16"), ("a\udc00\ud800b", "utf-32"), ("a\ud800b", "utf-8-sig")]:
    try:
        print(s.encode(name))
    except UnicodeEncodeError as e:
        print(e, e.start, e.end)
    print(s.encode(name, "replace"), s.encode(name, "surrogatepass"), s.encode(name, "backslashreplace"),
          s.encode(name, "ignore"), s.encode(name, "xmlcharrefreplace"))
print(b"a\x00\x00\xd8b\x00".decode("utf-16-le", "surrogatepass") == "a\ud800b")

# a bytes-to-bytes codec is refused by name, pointing to the codecs function for the direction asked
for action in (lambda: "x".encode("hex"), lambda: b"x".decode("rot13"), lambda: b"x".decode("base64")):
    try:
        action()
    except LookupError as e:
        print(e)
