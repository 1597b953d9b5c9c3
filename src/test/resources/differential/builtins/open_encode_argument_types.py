# Arguments of the wrong type to open(), str.encode and bytes.decode: open() checks encoding, errors and
# newline itself, and a None where a str belongs is named "None", not "NoneType".
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "a.txt")


def check(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


check("encoding", lambda: open(path, "w", encoding=5))
check("errors", lambda: open(path, "w", errors=5))
check("newline", lambda: open(path, "w", newline=1))
check("newline value", lambda: open(path, "w", newline="x"))
check("errors None", lambda: open(path, "w", errors=None).close())
check("encode None", lambda: "x".encode(None))
check("encode errors None", lambda: "x".encode("utf-8", None))
check("decode None", lambda: b"x".decode(None))
check("decode errors int", lambda: b"x".decode("utf-8", 3))
check("replace None", lambda: "abc".replace(None, "x"))
check("str() encoding None", lambda: str(b"x", None))
