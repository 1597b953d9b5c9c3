# unicode_escape and raw_unicode_escape: every escape of a string literal decoded, unknown ones kept with a
# DeprecationWarning (the first of a call only), errors with the codec's reasons and ranges under each
# handler, the encoders' choice of escapes, and the codecs module's names and functions for them.
import codecs
import warnings

warnings.simplefilter("always")


def show(data, encoding):
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(errors, repr(data), "->", ascii(data.decode(encoding, errors)))
        except UnicodeDecodeError as e:
            print(errors, repr(data), "!!", e, (e.encoding, e.start, e.end, e.reason))


for data in [b"a\\nb\\t\\r", b"\\x41\\101\\u00e9\\U0001F600", b"\\'\\\"\\a\\b\\f\\v\\0\\\\", b"line\\\ncont", b"caf\xe9",
             b"\\N{BULLET} \\N{latin small letter e with acute}", b"\\q", b"\\777", b"\\400\\q", b"\\8", b"\\\xe9",
             b"\\x4", b"\\x4g", b"\\u12", b"\\U0011ffff", b"\\N{NOPE}", b"\\N{x", b"\\N{}", b"\\Nx", b"\\N", b"end\\"]:
    show(data, "unicode_escape")
for data in [b"\\", b"\\\\", b"\\\\u00e9", b"\\\\\\u00e9", b"a\\u00e9b \\x41 \xff", b"\\u12g4", b"\\ux", b"\\U0001F600x",
             b"\\U00110000"]:
    show(data, "raw-unicode-escape")
for text in ["a\tb\n\r\\'\"", "\xe9\u263a\U0001f600\x7f\x00\x80\xff", "\ud800x", "plain"]:
    print(ascii(text), text.encode("unicode_escape"), text.encode("raw_unicode_escape"))
print(codecs.lookup("unicode_escape").name, codecs.lookup("Raw-Unicode-Escape").name)
print(codecs.decode(b"\\t\\u263a", "unicode-escape"), codecs.encode("\u263a", "raw_unicode_escape"))
print(codecs.unicode_escape_decode(b"\\x41\\n"), codecs.unicode_escape_encode("\xe9"),
      codecs.raw_unicode_escape_decode(b"\\u0041"), codecs.raw_unicode_escape_encode("\u20ac"))
