# hmac (Lib/hmac.py) and secrets (Lib/secrets.py): RFC 2104 digests, constant-time comparison, tokens
import hashlib
import hmac
import secrets
key, msg = b"key", b"The quick brown fox jumps over the lazy dog"
print(hmac.new(key, msg, hashlib.md5).hexdigest())
print(hmac.new(key, msg, "sha256").hexdigest())
h = hmac.new(b"k" * 100, digestmod=hashlib.sha1)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, c.name)
print(hmac.digest(key, msg, "sha512").hex()[:32], hmac.HMAC.blocksize, len(h.digest()))
print(hmac.new(bytearray(b"x"), memoryview(b"y"), "sha384").hexdigest()[:16])
for args, kwargs in [((b"k",), {}), (("text", b"m", "md5"), {}), ((b"k", b"m", "nope"), {})]:
    try:
        hmac.new(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"),
      hmac.compare_digest(bytearray(b"a"), b"a"), hmac.compare_digest(b"a", b"ab"))
for a, b in [("abc", b"abc"), (1, 2), ("é", "é")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_hex(4)))
t = secrets.token_urlsafe(16)
print(len(t), all(ch.isalnum() or ch in "-_" for ch in t), secrets.token_hex(8) != secrets.token_hex(8))
print(secrets.choice("a"), 0 <= secrets.randbelow(10) < 10, 0 <= secrets.randbits(8) < 256, secrets.DEFAULT_ENTROPY)
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
print(secrets.compare_digest(b"x", b"x"), isinstance(secrets.SystemRandom(), __import__("random").Random))
print(sorted(secrets.__all__))
