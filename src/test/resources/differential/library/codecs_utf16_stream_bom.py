# A UTF-16 or UTF-32 stream must start with a byte order mark: its incremental decoder, a StreamReader and a
# text file refuse one that does not, where bytes.decode takes the native order.
import codecs
import io


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except UnicodeError as e:
        print(label, "!!", type(e).__name__, e)


unmarked16 = "hi".encode("utf-16-le")
unmarked32 = "hi".encode("utf-32-le")
attempt("bytes.decode", lambda: unmarked16.decode("utf-16"))
attempt("incremental", lambda: codecs.getincrementaldecoder("utf-16")().decode(unmarked16))
attempt("incremental, one byte", lambda: codecs.getincrementaldecoder("utf-16")().decode(b"h"))
attempt("incremental utf-32", lambda: codecs.getincrementaldecoder("utf-32")().decode(unmarked32))
attempt("iterdecode", lambda: list(codecs.iterdecode([unmarked16], "utf-16")))
attempt("marked", lambda: list(codecs.iterdecode([b"\xfe\xff", b"\x00h\x00i"], "utf-16")))
attempt("stream reader", lambda: codecs.getreader("utf-16")(io.BytesIO(unmarked16)).read())
attempt("text file", lambda: io.TextIOWrapper(io.BytesIO(unmarked16), encoding="utf-16").read())
attempt("utf-8-sig unmarked", lambda: codecs.getincrementaldecoder("utf-8-sig")().decode(b"plain"))
