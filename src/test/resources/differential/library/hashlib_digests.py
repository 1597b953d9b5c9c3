# hashlib: digests of known inputs for every algorithm the model has, incremental updates, copies,
# attributes, hashlib.new, pbkdf2_hmac, and CPython's errors for what cannot be hashed.
import hashlib

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
for name in NAMES:
    h = getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" empty", getattr(hashlib, name)().hexdigest()[:16], hashlib.new(name).digest()[:4])

h = hashlib.sha256()
h.update(b"abc")
before = h.copy()
h.update(bytearray(b"def"))
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest(), before.hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(h.digest() == h.digest(), len(h.digest()), type(h.hexdigest()).__name__)

# big inputs: fed at once, in pieces, through a shared object
big = bytes(range(256)) * 4096
print(hashlib.sha256(big).hexdigest())
h = hashlib.sha1()
for i in range(0, len(big), 3000):
    h.update(big[i:i + 3000])
print(h.hexdigest() == hashlib.sha1(big).hexdigest())
h.update(b"x")
print(h.hexdigest() == hashlib.sha1(big + b"x").hexdigest())

print(hashlib.new("SHA256", b"abc").name, hashlib.new("md5", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest(), hashlib.sha1(string=b"abc").hexdigest())
print(sorted(n for n in hashlib.algorithms_guaranteed if n in NAMES))
print(all(n in hashlib.algorithms_available for n in NAMES))
print(type(hashlib.sha256()).__name__, type(hashlib.sha256()) is type(hashlib.md5()))

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"", b"salt", 2, dklen=50).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 300, b"", 3).hex()[:32])


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


attempt("str", hashlib.sha256, "text")
attempt("int", hashlib.sha256, 5)
attempt("list", hashlib.md5, [1, 2])
attempt("update str", hashlib.sha1().update, "text")
attempt("update none", hashlib.sha1().update, None)
attempt("update two", hashlib.sha1().update, b"a", b"b")
attempt("new unknown", hashlib.new, "nope")
attempt("pbkdf2 zero", hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 0)
attempt("pbkdf2 dklen", hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 0)
attempt("pbkdf2 str", hashlib.pbkdf2_hmac, "sha256", "p", b"s", 1)
attempt("pbkdf2 name", hashlib.pbkdf2_hmac, 5, b"p", b"s", 1)
try:
    hashlib.pbkdf2_hmac("nope", b"p", b"s", 1)
except ValueError as e:
    print("pbkdf2 unknown", type(e).__name__)
attempt("bad keyword", hashlib.sha256, data=b"x")
attempt("new int", hashlib.new, 5)
attempt("digest arg", hashlib.md5().digest, 1)
print(repr(hashlib.sha256()).split(" @ ")[0], repr(hashlib.sha3_256()).split(" @ ")[0])
with open(__file__, "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest() == hashlib.sha256(open(__file__, "rb").read()).hexdigest())
