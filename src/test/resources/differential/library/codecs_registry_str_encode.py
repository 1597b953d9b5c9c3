# str.encode, bytes.decode, str() and bytes() go through the codec registry for what they do not code
# themselves: codecs registered with codecs.register, error handlers registered with register_error, the
# bytes-to-bytes codecs (refused as not text encodings), and a codec whose result has the wrong type.
import codecs


def rot13_text(text):
    return codecs.encode(text, "rot13")


def search(name):
    if name == "rot_ascii":
        return codecs.CodecInfo(lambda s, errors="strict": (rot13_text(s).encode("ascii", errors), len(s)),
                                lambda b, errors="strict": (rot13_text(bytes(b).decode("ascii", errors)), len(b)),
                                name="rot-ascii")
    if name == "identity":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)),
                                lambda b, errors="strict": (type(b).__name__, len(b)), name="identity")
    if name == "failing":
        def fail(data, errors="strict"):
            raise ValueError("no way")
        return codecs.CodecInfo(fail, fail, name="failing")
    return None


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        cause = e.__cause__
        print(label, "!!", type(e).__name__, e, "| cause:", None if cause is None else type(cause).__name__)


codecs.register(search)
attempt("encode", lambda: "Hello".encode("rot_ascii"))
attempt("encode, other spelling", lambda: "Hello".encode("Rot-ASCII"))
attempt("decode", lambda: b"Uryyb".decode("rot_ascii"))
attempt("bytearray decode", lambda: bytearray(b"Uryyb").decode("rot_ascii"))
attempt("str()", lambda: str(b"Uryyb", "rot_ascii"))
attempt("bytes()", lambda: bytes("Hello", "rot_ascii"))
attempt("codec's own error", lambda: "H\xe9".encode("rot_ascii"))
attempt("encoder returns str", lambda: "x".encode("identity"))
attempt("decoder returns str of memoryview", lambda: b"x".decode("identity"))
attempt("failing encode", lambda: "x".encode("failing"))
attempt("failing decode", lambda: b"x".decode("failing"))
attempt("not a text encoding", lambda: "x".encode("hex"))
attempt("not a text encoding (decode)", lambda: b"78".decode("base64"))
attempt("str-to-str codec", lambda: "x".encode("rot13"))
attempt("unknown", lambda: "x".encode("no-such-codec"))
attempt("unknown (decode)", lambda: b"x".decode("no-such-codec"))

# error handlers of one's own, in the built-in codecs
def marker(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s %d-%d>" % (exc.encoding, exc.start, exc.end), exc.end)
    return ("<%r>" % exc.object[exc.start:exc.end], exc.end)


def skip_back(exc):
    return ("[%d]" % exc.start, exc.end - len(exc.object))  # a negative position counts from the end


codecs.register_error("marker", marker)
codecs.register_error("skipper", skip_back)
attempt("ascii marker", lambda: "na\xefve caf\xe9s".encode("ascii", "marker"))
attempt("latin-1 marker", lambda: "\u20ac 5".encode("latin-1", "marker"))
attempt("utf-8 surrogate marker", lambda: "a\ud800b".encode("utf-8", "marker"))
attempt("utf-8 decode marker", lambda: b"ok \xff\xfe done".decode("utf-8", "marker"))
attempt("ascii decode marker", lambda: b"\x80abc".decode("ascii", "marker"))
attempt("negative position", lambda: "a\xe9bc".encode("ascii", "skipper"))
attempt("unregistered handler", lambda: "\xe9".encode("ascii", "nobody"))
attempt("unregistered handler, no error", lambda: "plain".encode("ascii", "nobody"))


def bad_handler(exc):
    return "not a tuple"


codecs.register_error("bad", bad_handler)
attempt("handler returns a str", lambda: "\xe9".encode("ascii", "bad"))

# the standard handlers a codec does not apply
attempt("surrogatepass in ascii", lambda: "\xe9".encode("ascii", "surrogatepass"))
attempt("xmlcharrefreplace decoding", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
attempt("namereplace decoding", lambda: b"\xff".decode("utf-8", "namereplace"))
attempt("UnicodeDecodeError of a memoryview",
        lambda: UnicodeDecodeError("x", memoryview(b"ab"), 0, 1, "why").object)
