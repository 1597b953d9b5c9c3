# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: the codecs' errors carry encoding,
# object, start, end and reason, and str() is made from those members (so changing one changes it).
cases = [
    lambda: "héllo".encode("ascii"),
    lambda: "x\u20ac".encode("latin-1"),
    lambda: "ab\U0001f600cd".encode("ascii"),
    lambda: "\u00e9\u00e8".encode("ascii"),
    lambda: b"\xff\xfe".decode("utf-8"),
    lambda: b"abc\x80".decode("ascii"),
    lambda: b"\xe2\x82".decode("utf-8"),
]
for case in cases:
    try:
        case()
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason, repr(e.object), len(e.args))

e = UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "invalid start byte")
print(e, "|", repr(e), type(e.object).__name__)
e.start, e.end = 0, 1
e.reason = "changed"
print(e)
e = UnicodeEncodeError("ascii", "abc", 0, 3, "no")
print(e, e.args)
t = UnicodeTranslateError("\u0100x", 0, 1, "nope")
print(t, t.encoding, t.args)
for bad in [lambda: UnicodeEncodeError("x"), lambda: UnicodeEncodeError(1, "a", 0, 1, "r"),
            lambda: UnicodeDecodeError("x", "str", 0, 1, "r"), lambda: UnicodeEncodeError("x", "a", "0", 1, "r"),
            lambda: UnicodeTranslateError("a", 0, 1)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
print("héllo".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(isinstance(e, ValueError), e.__class__.__mro__[1].__name__)
import traceback
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(traceback.format_exception_only(type(e), e))
