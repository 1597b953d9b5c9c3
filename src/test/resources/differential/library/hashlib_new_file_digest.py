# hashlib.new's names and errors (with the chained traceback of an unknown name), the attributes and
# copies of hash objects, and file_digest over every kind of file object it accepts or refuses.
import hashlib
import io
import sys
import traceback


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        context = e.__context__
        print(label, type(e).__name__, e, "| context:", type(context).__name__ if context else None)
        return None
    if hasattr(result, "hexdigest"):
        print(label, "ok", result.name, result.hexdigest()[:16])
    else:
        print(label, "ok", result)
    return result


print(hashlib.new.__name__, hashlib.sha256.__name__, hashlib.md5, hashlib.pbkdf2_hmac)
print(sorted(n for n in hashlib.__all__ if not n.startswith(("blake2", "shake_"))))
for name in ["md5", "MD5", "Sha1", "sha512_224", "sha512_256", "SHA256"]:
    attempt(name, hashlib.new, name, b"abc")
attempt("unknown", hashlib.new, "nope")
attempt("int name", hashlib.new, 5)
attempt("none name", hashlib.new, None)
attempt("no name", hashlib.new)
attempt("str data", hashlib.new, "md5", "abc")
attempt("data kw", hashlib.new, "md5", data=b"abc")
attempt("string kw", hashlib.new, "md5", string=b"abc")
attempt("three", hashlib.new, "md5", b"x", 1)
attempt("bad kw", hashlib.new, "md5", foo=1)
attempt("usedforsecurity", hashlib.new, "sha1", b"abc", usedforsecurity=False)
attempt("bytearray", hashlib.sha224, bytearray(b"abc"))
try:
    hashlib.new("nope")
except ValueError:
    traceback.print_exc(file=sys.stdout)

for name in ["md5", "sha1", "sha384", "sha512", "sha3_384", "sha512_256"]:
    h = hashlib.new(name, b"x" * 100)
    twin = h.copy()
    twin.update(b"more")
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()), twin.hexdigest() != h.hexdigest(),
          twin.name, type(twin) is type(h))
h = hashlib.sha256()
attempt("copy arg", h.copy, 1)
attempt("hexdigest arg", h.hexdigest, 1)
attempt("update kw", h.update, data=b"x")
for attr in ["name", "digest_size", "block_size"]:
    try:
        setattr(h, attr, 1)
    except AttributeError as e:
        print(attr, "read-only", type(e).__name__)


class Chunks:
    """readinto() hands out the given chunks one by one, then 0."""

    def __init__(self, *chunks, readable=True):
        self.chunks = list(chunks)
        self.sizes = []
        self._readable = readable

    def readable(self):
        return self._readable

    def readinto(self, buffer):
        self.sizes.append((type(buffer).__name__, len(buffer)))
        if not self.chunks:
            return 0
        chunk = self.chunks.pop(0)
        buffer[:len(chunk)] = chunk
        return len(chunk)


class Buffered:
    def getbuffer(self):
        print("  getbuffer")
        return b"hello"


class Named:
    def __repr__(self):
        return "<Named>"


expected = hashlib.sha256(b"abcdefgh").hexdigest()[:16]
print("expected", expected, hashlib.md5(b"hello").hexdigest()[:16])
attempt("bytesio", hashlib.file_digest, io.BytesIO(b"abcdefgh"), "sha256")
half_read = io.BytesIO(b"abcdefgh")
half_read.read(4)
attempt("bytesio read half", hashlib.file_digest, half_read, hashlib.sha256)
src = Chunks(b"abc", b"de", b"fgh")
attempt("chunks", hashlib.file_digest, src, "sha256", _bufsize=4)
print("  readinto saw", src.sizes)
attempt("getbuffer", hashlib.file_digest, Buffered(), lambda: print("  made") or hashlib.md5())
Chunks.__repr__ = lambda self: "<Chunks>"
attempt("not readable", hashlib.file_digest, Chunks(b"x", readable=False), "md5")
try:
    hashlib.file_digest(io.StringIO("abc"), "md5")
except ValueError as e:
    print("stringio", str(e).endswith("' is not a file-like object in binary reading mode."))
attempt("plain object", hashlib.file_digest, Named(), "md5")
attempt("unknown digest", hashlib.file_digest, Named(), "nope")
attempt("digest not callable", hashlib.file_digest, Named(), 5)
attempt("keywords", hashlib.file_digest, fileobj=io.BytesIO(), digest="md5")
with open(__file__, "rb") as f:
    whole = f.read()
for buffering in [0, -1]:
    with open(__file__, "rb", buffering=buffering) as f:
        print("file", buffering, hashlib.file_digest(f, "sha1").hexdigest() == hashlib.sha1(whole).hexdigest())
with open(__file__, "rb") as f:
    f.read(10)
    print("from offset", hashlib.file_digest(f, "md5", _bufsize=100).digest() == hashlib.md5(whole[10:]).digest())
with open(__file__, encoding="utf-8") as f:
    try:
        hashlib.file_digest(f, "md5")
    except ValueError as e:
        print("text file", str(e).endswith("' is not a file-like object in binary reading mode."))
try:
    hashlib.file_digest(Named(), "md5")
except ValueError:
    traceback.print_exc(file=sys.stdout)
