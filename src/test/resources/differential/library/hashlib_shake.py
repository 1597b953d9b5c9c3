# hashlib.shake_128 and shake_256 (FIPS 202): known answers, outputs of every length around the rate (168
# and 136 bytes), input fed in pieces across block boundaries, long inputs, copies, hashlib.new by its names,
# and the errors of digest()/hexdigest() without a length or with a bad one.
import _hashlib
import hashlib

# FIPS 202 / NIST example values: the empty message, and 200 bytes of 0xA3 (1600 bits)
print(hashlib.shake_128(b"").hexdigest(32))
print(hashlib.shake_256(b"").hexdigest(64))
print(hashlib.shake_128(b"\xa3" * 200).hexdigest(32))
print(hashlib.shake_256(b"\xa3" * 200).hexdigest(32))
print(hashlib.shake_128(b"abc").hexdigest(16), hashlib.shake_256(b"abc").digest(16))
print(hashlib.shake_128(b"The quick brown fox jumps over the lazy dog").hexdigest(32))
print(hashlib.shake_128(b"The quick brown fox jumps over the lazy dof").hexdigest(32))

for make in (hashlib.shake_128, hashlib.shake_256):
    h = make(b"x" * 1000)
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__mro__[1].__name__,
          isinstance(h, _hashlib.HASH), repr(h).split(" @ ")[0])
    # outputs of every length near one and two blocks: each is a prefix of the longer ones
    longest = h.digest(2 * h.block_size + 3)
    print(all(h.digest(n) == longest[:n] for n in range(0, 2 * h.block_size + 4)), longest[-8:].hex())
    print(h.digest(0), h.hexdigest(0), len(h.digest(5000)), h.hexdigest(5000)[-16:])
    # the same bytes fed whole or in pieces of every size across the block boundary
    data = bytes(range(256)) * 5
    whole = make(data).hexdigest(40)
    for size in (1, 7, h.block_size - 1, h.block_size, h.block_size + 1, 500):
        pieces = make()
        for at in range(0, len(data), size):
            pieces.update(data[at:at + size])
        print(size, pieces.hexdigest(40) == whole)
    # exactly a block, one less, one more: the padding in the last byte, in a block of its own
    for n in (h.block_size - 2, h.block_size - 1, h.block_size, h.block_size + 1, 2 * h.block_size):
        print(n, make(b"\x00" * n).hexdigest(12), make(bytearray(b"\xff" * n)).hexdigest(12))
    # a long input (several MB, hashed without the GIL), and memoryview input
    print(make(b"0123456789abcdef" * 250_000).hexdigest(24), make(memoryview(b"mv" * 3000)).hexdigest(8))
    # copies go their own way; digests leave the object usable
    a = make(b"abc")
    b = a.copy()
    b.update(b"def")
    print(a.hexdigest(8), b.hexdigest(8), make(b"abcdef").hexdigest(8), a.hexdigest(8))
    a.update(b"def")
    print(a.hexdigest(8) == b.hexdigest(8), type(b).__name__)

print(sorted(hashlib.algorithms_guaranteed))
print("shake_128" in hashlib.algorithms_available, "shake_256" in hashlib.algorithms_available,
      "shake_128" in hashlib.__all__, "shake_256" in _hashlib.openssl_md_meth_names)
print(hashlib.shake_128.__name__, hashlib.shake_256, type(hashlib.new("shake_128")).__name__)
for name in ("shake_128", "SHAKE-128", "shake128", "SHAKE256", "2.16.840.1.101.3.4.2.12"):
    print(name, hashlib.new(name, b"abc").name, hashlib.new(name, b"abc").hexdigest(6))
print(hashlib.shake_256(string=b"abc").hexdigest(6), hashlib.shake_128(b"abc", usedforsecurity=False).hexdigest(6))
print(hashlib.shake_128(b"abc").digest(length=4), hashlib.shake_128(b"abc").hexdigest(length=4))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


h = hashlib.shake_128(b"abc")
attempt(lambda: h.digest())
attempt(lambda: h.hexdigest())
attempt(lambda: h.digest(3, 4))
attempt(lambda: h.digest(3.0))
attempt(lambda: h.digest("3"))
attempt(lambda: h.digest(2 ** 64))
attempt(lambda: h.digest(-1))
attempt(lambda: h.hexdigest(-1))
attempt(lambda: h.update("text"))
attempt(lambda: h.update(5))
attempt(lambda: hashlib.new("SHAKE_128"))
attempt(lambda: hashlib.pbkdf2_hmac("shake_128", b"password", b"salt", 1))
print(repr(hashlib.sha256()).split(" @ ")[0], repr(hashlib.new("sha3_256")).split(" @ ")[0])

# hmac hands names and _hashlib's constructors to OpenSSL, which refuses an output of no fixed size
import hmac

attempt(lambda: hmac.new(b"key", b"msg", "shake_128"))
attempt(lambda: hmac.digest(b"key", b"msg", "shake_256"))
attempt(lambda: hmac.new(b"key", b"msg", hashlib.shake_128))
