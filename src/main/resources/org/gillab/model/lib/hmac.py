"""Keyed hashing for message authentication (RFC 2104): the GIL Lab model's hmac module.

Mirrors CPython 3.11's Lib/hmac.py, and compare_digest from Modules/_operator.c, as their documentation and
experiments with python3 show them; written for the model, not copied. The digest is
H((K ^ opad) + H((K ^ ipad) + message)) over the model's hashlib, whose hashes are native code as CPython's are.
"""

import _hashlib
import hashlib

__all__ = ['HMAC', 'compare_digest', 'digest', 'new']

_INNER_PAD = bytes(x ^ 0x36 for x in range(256))
_OUTER_PAD = bytes(x ^ 0x5C for x in range(256))
# The digestmods CPython hands to OpenSSL's own HMAC: names and _hashlib's constructors.
_OPENSSL_DIGESTMODS = (str, type(_hashlib.openssl_sha256))


def _constructor(digestmod):
    """What makes a fresh hash object: a hashlib name, a constructor, or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': hashlib.new(digestmod, data)
    return digestmod.new


class HMAC:
    blocksize = 64  # the legacy class attribute; instances use their hash's block_size

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        if isinstance(self._inner, _hashlib.HASHXOF) and isinstance(digestmod, _OPENSSL_DIGESTMODS):
            # OpenSSL's HMAC refuses a SHAKE, whose output has no fixed size, and says no more
            raise ValueError('no reason supplied')
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key).ljust(self.block_size, b'\0')
        self._outer.update(key.translate(_OUTER_PAD))
        self._inner.update(key.translate(_INNER_PAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = type(self).__new__(type(self))
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def digest(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def _is_buffer(value):
    return isinstance(value, (bytes, bytearray, memoryview))


def compare_digest(a, b):
    """a == b in a time that depends on b's length only, as CPython's _operator._compare_digest."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode('ascii'), b.encode('ascii')
    elif not _is_buffer(a) and not _is_buffer(b):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    else:
        for value in (a, b):
            if not _is_buffer(value):
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
        a, b = bytes(a), bytes(b)
    # compare every byte of b whatever the lengths, as CPython does, and read nothing else
    left = a if len(a) == len(b) else b
    difference = len(a) ^ len(b)
    for x, y in zip(left, b):
        difference |= x ^ y
    return difference == 0
