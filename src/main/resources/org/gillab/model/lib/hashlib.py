"""hashlib for the GIL Lab model, written for the model (not copied) to behave as CPython 3.11's
Lib/hashlib.py does when it is built with OpenSSL: the named constructors are _hashlib's own
openssl_* functions, new() goes through _hashlib.new, pbkdf2_hmac is _hashlib's. The hashing itself
is Java (HashlibModule) and releases the GIL for big inputs, as CPython's C code does.

blake2b and blake2s are the types of the model's _blake2 (BLAKE2 written out in Java), as CPython's
are _blake2's; shake_128 and shake_256 are _hashlib's, on the model's own Keccak (Shake). Missing: scrypt
(Java has no cheap implementation).
"""

import _blake2
import _hashlib

# The constructors CPython builds from OpenSSL: hashlib.sha256 is _hashlib.openssl_sha256 there too,
# so their reprs and __name__ are the same ('<built-in function openssl_sha256>').
md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256

blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac

_MODEL_GUARANTEES = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
                     'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')
# CPython gives these names to its own C types even where OpenSSL knows them, so new() goes to them too
_BUILTIN_ONLY = {'blake2b': blake2b, 'blake2s': blake2s}

algorithms_guaranteed = set(_MODEL_GUARANTEES)
# What new() accepts beyond the guaranteed ones (sha512_224, sha512_256), as OpenSSL adds its own.
algorithms_available = algorithms_guaranteed | _hashlib.openssl_md_meth_names

__all__ = _MODEL_GUARANTEES + ('new', 'algorithms_guaranteed', 'algorithms_available',
                               'pbkdf2_hmac', 'file_digest')


def __get_builtin_constructor(name):
    # CPython falls back to its own C modules (_md5, _sha1, ...) for a name OpenSSL refused; the model
    # has no algorithm beyond _hashlib's, so the fallback always ends in CPython's final error. The
    # function keeps CPython's name: it shows in the traceback of hashlib.new('unknown').
    raise ValueError('unsupported hash type ' + name)


def __hash_new(name, data=b'', **kwargs):
    """A hash object of the algorithm called name, fed data (bytes-like) first.

    The name is hashlib's own ('sha3_256') or any of OpenSSL's names for the algorithm, in any case
    ('SHA256', 'sha-256', 'SHA3-256'), as _hashlib accepts them."""
    # A name OpenSSL does not know is an UnsupportedDigestmodError from _hashlib; CPython then asks
    # its builtin constructors, whose ValueError is raised while handling the first, so a traceback
    # shows both (and the ValueError carries the other as __context__).
    if name in _BUILTIN_ONLY:
        return _BUILTIN_ONLY[name](data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except ValueError:
        return __get_builtin_constructor(name)(data)


# CPython's new is __hash_new under another name: new.__name__ and tracebacks say __hash_new.
new = __hash_new


def _digest_maker(digest):
    # file_digest's digest: an algorithm name for new(), or a callable returning a fresh hash object.
    if isinstance(digest, str):
        return lambda: new(digest)
    return digest


def _model_binary_stream(fileobj):
    # The model's own binary streams (FileIO, BufferedReader, BytesIO...) have no readinto() yet;
    # CPython's all do, so file_digest must take them as CPython takes its own, reading with read().
    import io
    return isinstance(fileobj, (io.RawIOBase, io.BufferedIOBase))


def _readable_binary(fileobj):
    # What CPython asks of a file it reads itself: readinto() and a readable() that says yes.
    if not (hasattr(fileobj, 'readinto') or _model_binary_stream(fileobj)):
        return False
    return hasattr(fileobj, 'readable') and fileobj.readable()


def _feed_by_readinto(hasher, fileobj, size):
    # One reusable buffer, read into until readinto() reports nothing more (exactly 0, as CPython
    # stops only then), and a memoryview of the part filled hashed.
    chunk = bytearray(size)
    view = memoryview(chunk)
    while True:
        count = fileobj.readinto(chunk)
        if count == 0:
            return
        hasher.update(view[:count])


def _feed_by_read(hasher, fileobj, size):
    # A model stream without readinto(): the same chunks, read as bytes.
    while True:
        data = fileobj.read(size)
        if not data:
            return
        hasher.update(data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object of everything fileobj (binary, open for reading) holds from where it is.

    digest names the algorithm (a str, as for new()) or is a callable making an empty hash object.
    """
    # The hash object comes first: a bad algorithm fails before the file is looked at.
    hasher = _digest_maker(digest)()

    # An in-memory binary stream (io.BytesIO) is hashed in one go, from its buffer.
    if hasattr(fileobj, 'getbuffer'):
        hasher.update(fileobj.getbuffer())
        return hasher

    if not _readable_binary(fileobj):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )
    if hasattr(fileobj, 'readinto'):
        _feed_by_readinto(hasher, fileobj, _bufsize)
    else:
        _feed_by_read(hasher, fileobj, _bufsize)
    return hasher
