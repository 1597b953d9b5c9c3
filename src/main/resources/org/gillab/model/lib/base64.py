"""base64 for the GIL Lab model: Base64 (standard, URL-safe, with other alphabet characters), Base16
and the MIME line-wrapped encodebytes/decodebytes, behaving as CPython 3.11's Lib/base64.py documents
and does. Written for the model, not copied: the byte work is done by the Java binascii module, and
this file only checks and converts arguments. Not provided yet: Base32, Base85/Ascii85 and the file
functions encode/decode.

Lines that appear in tracebacks users see (a call into binascii that raises, an argument check) keep
the source text CPython shows there."""

import binascii

__all__ = [
    'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

# encodebytes writes at most this many characters a line (not counting the newline), which is
# the input of MAXBINSIZE bytes: RFC 2045's limit for MIME.
MAXLINESIZE = 76
MAXBINSIZE = MAXLINESIZE // 4 * 3


def _bytes_from_decode_data(s):
    # The decoders take bytes-like data or a str of ASCII characters only.
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


def _swap_table(source, target):
    # A bytes.translate table that replaces the two characters of source by those of target;
    # an alternative alphabet may change only the last two characters, '+' and '/'.
    return bytes.maketrans(source, target)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64 and return the encoded bytes.

    altchars, if given, is a bytes-like object of length 2 whose characters replace '+' and '/'
    (as in URLs and file names).
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(_swap_table(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s and return the bytes.

    altchars, if given, names the two characters used instead of '+' and '/'. With validate false
    characters outside the alphabet are dropped before the padding check; with validate true they
    raise binascii.Error, as does incorrect padding in either case.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        alternative = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(_swap_table(alternative, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode the bytes-like object s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s (bytes-like or ASCII str) written with the standard Base64 alphabet."""
    return b64decode(s)


# The URL and file name safe alphabet of RFC 4648 section 5: '-' and '_' for '+' and '/'.
_urlsafe_encode_translation = _swap_table(b'+/', b'-_')
_urlsafe_decode_translation = _swap_table(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode the bytes-like object s with the URL and file name safe Base64 alphabet."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode s written with the URL and file name safe alphabet; '+' and '/' are accepted too."""
    standard = _bytes_from_decode_data(s).translate(_urlsafe_decode_translation)
    return b64decode(standard)


def b16encode(s):
    """Encode the bytes-like object s with Base16 (upper-case hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 bytes-like object or ASCII string s.

    RFC 4648 allows only upper-case digits; casefold=True accepts lower case as well.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _input_type_check(s):
    # encodebytes and decodebytes take bytes-like objects only (no str), with a message of their
    # own; the model's bytes-like objects are bytes and bytearray.
    if isinstance(s, bytes_types):
        return
    msg = f"expected bytes-like object, not {type(s).__name__}"
    raise TypeError(msg)


def encodebytes(s):
    """Encode the bytes-like object s with Base64 as MIME does: lines of at most MAXLINESIZE
    characters, each ending in a newline (so the result ends in one unless s is empty)."""
    _input_type_check(s)
    lines = [binascii.b2a_base64(s[start:start + MAXBINSIZE])
             for start in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    """Decode the Base64 bytes-like object s, which may span several lines (see encodebytes)."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
