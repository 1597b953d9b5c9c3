# What codecs.encode and codecs.decode raise when a codec fails: an exception of the same type naming the
# codec, the original its cause, only where the original can be made again (one str argument or none, no
# attributes, BaseException's constructor); and the bytes-to-bytes codecs' own errors.
import codecs
import traceback


def attempt(call):
    try:
        print("  ->", repr(call()))
    except Exception as e:
        cause = e.__cause__
        print("  %s: %s | cause: %s" % (type(e).__name__, e, None if cause is None else type(cause).__name__))


class Plain(ValueError):
    pass


class Constructed(ValueError):
    def __init__(self, message):
        super().__init__(message)


noted = Plain("with a note")
noted.add_note("a note")
attributed = Plain("with an attribute")
attributed.detail = 1

FAILURES = {
    "plain": Plain("bad"), "constructed": Constructed("bad"), "key": KeyError("k"), "two-args": ValueError("x", 2),
    "os": OSError("os"), "runtime": RuntimeError(), "int-arg": ValueError(5), "attribute": AttributeError("a"),
    "stop": StopIteration("s"), "unicode": UnicodeError("u"), "type": TypeError("t"), "noted": noted,
    "attributed": attributed, "lookup": LookupError("l"), "decode": UnicodeDecodeError("utf-8", b"\xff", 0, 1, "why"),
}


def failing(text, errors="strict"):
    raise FAILURES[text]


def search(name):
    if name == "failing":
        return codecs.CodecInfo(failing, failing, name="failing")


codecs.register(search)
for kind in FAILURES:
    print(kind)
    attempt(lambda: codecs.encode(kind, "failing"))
    attempt(lambda: codecs.decode(kind, "failing"))

print("bytes-to-bytes codecs")
attempt(lambda: codecs.encode("abc", "base64"))
attempt(lambda: codecs.encode(b"abc", "base64", "ignore"))
attempt(lambda: codecs.decode(b"abc", "base64"))
attempt(lambda: codecs.decode("abc", "hex"))
attempt(lambda: codecs.decode("abcd", "hex"))
attempt(lambda: codecs.decode(b"zz", "hex"))
attempt(lambda: codecs.decode(b"\x00garbage", "zlib"))
attempt(lambda: codecs.decode(codecs.encode(b"round trip", "bz2"), "bz2_codec"))
attempt(lambda: codecs.decode(b"not bz2", "bz2"))
attempt(lambda: codecs.encode(b"bytes", "rot13"))
attempt(lambda: "abc".encode("base64"))
attempt(lambda: b"abc".decode("hex"))

print("text codecs")
attempt(lambda: codecs.encode(123, "utf-8"))
attempt(lambda: codecs.decode(b"\xff", "utf-8"))
attempt(lambda: b"\xff".decode("cp1252", "bogus"))

# the codec's own frames are in the traceback, codecs.decode's are not (it is C in CPython)
try:
    codecs.decode(b"abc", "base64")
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line for line in lines if line.startswith("  File") and "codecs_failures" in line])
    print(lines[-1])
