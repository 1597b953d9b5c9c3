# hashlib.new and _hashlib.new: which spellings of an algorithm's name they accept, as CPython's with
# OpenSSL 3: hashlib's own names exactly, OpenSSL's names (and OIDs) in any case, nothing else.
import _hashlib
import hashlib

NAMES = ["sha256", "SHA256", "Sha256", "sha-256", "SHA-256", "SHA2-256", "sha2-256", "2.16.840.1.101.3.4.2.1",
         "sha3_256", "SHA3_256", "Sha3_256", "sha3-256", "SHA3-256", "sha3_224", "SHA3_224", "SHA3-224",
         "sha3-384", "SHA3_512", "sha3-512", "md5", "MD5", "Md5", "ssl3-md5", "sha1", "SHA1", "SHA-1", "sha-1",
         "SSL3-SHA1", "sha224", "SHA-224", "sha384", "SHA-384", "sha512", "SHA512", "sha2-512",
         "sha512_224", "SHA512_224", "Sha512_224", "sha512-224", "SHA-512/224", "sha512/224", "SHA2-512/224",
         "sha512_256", "SHA512_256", "sHa512_256", "SHA512-256", "sha-512/256", "sha_256", "SHA_256",
         "sha256 ", "", "s\u0127a256", "\u017fha256", "md4", "nonsense"]
for name in NAMES:
    results = []
    for new in (_hashlib.new, hashlib.new):
        try:
            h = new(name, b"abc")
            results.append(h.name + " " + h.hexdigest()[:12])
        except ValueError as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(repr(name), results)

for name in ("SHA256", "sha-512", "SHA3_256", "sha3-256"):
    try:
        print(name, hashlib.pbkdf2_hmac(name, b"pw", b"salt", 10).hex()[:16])
    except ValueError as e:
        print(name, type(e).__name__, e)
