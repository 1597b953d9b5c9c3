"""base64 for the GIL Lab model: Base64 (standard, URL-safe, with other alphabet characters), Base32
(and its extended-hex alphabet), Base16, Base85 and Ascii85, and the MIME line-wrapped
encodebytes/decodebytes, behaving as CPython 3.11's Lib/base64.py documents and does. Written for the
model, not copied: Base64 and Base16 run in the Java binascii module, and this file checks and
converts their arguments; Base32 and the two Base85 flavours are worked out here on integers, one
group of bytes at a time. Not provided yet: the file functions encode/decode.

Lines that appear in tracebacks users see (a call into binascii that raises, an argument check) keep
the source text CPython shows there."""

import binascii

__all__ = [
    'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
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
    if isinstance(s, memoryview):
        return s.tobytes()
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
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)  # back to the standard alphabet
    return b64decode(s)


def _need_bytes(data):
    # The encoders of this file take bytes-like objects only; CPython's message comes from
    # memoryview().
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("memoryview: a bytes-like object is required, not %r" % type(data).__name__)
    return bytes(data)


# Base32 (RFC 4648): five bytes make eight characters of five bits each. A last group of 1-4
# bytes is written as 2, 4, 5 or 7 characters, then '=' up to eight.
_b32alphabet = bytes(range(ord('A'), ord('Z') + 1)) + b'234567'
_b32hexalphabet = b'0123456789' + bytes(range(ord('A'), ord('V') + 1))
_B32_KEPT = {1: 2, 2: 4, 3: 5, 4: 7}
_B32_BYTES_FOR_PADDING = {1: 4, 3: 3, 4: 2, 6: 1}  # '=' count -> bytes in last group


def _b32encode(alphabet, s):
    data = _need_bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        number = int.from_bytes(group.ljust(5, b'\0'), 'big')
        digits = bytes(alphabet[(number >> shift) & 31] for shift in range(35, -5, -5))
        if len(group) < 5:
            kept = _B32_KEPT[len(group)]
            digits = digits[:kept] + b'=' * (8 - kept)
        out += digits
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        # The digits a reader may mistake for letters: 0 is always O, 1 is I or L as asked.
        digits_as_letters = bytes.maketrans(b'01', b'O' + map01)
        s = s.translate(digits_as_letters)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    padding = len(s) - len(body)
    values = {code: value for value, code in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        group = body[start:start + 8]
        number = 0
        for code in group:
            if code not in values:
                raise binascii.Error('Non-base32 digit found') from None
            number = number * 32 + values[code]
        out += (number << 5 * (8 - len(group))).to_bytes(5, 'big')
    if padding:
        if padding not in _B32_BYTES_FOR_PADDING:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_BYTES_FOR_PADDING[padding]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32 (RFC 4648) and return the encoded bytes."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 bytes-like object or ASCII string s.

    casefold=True accepts lower-case letters; map01, if given, is the letter a digit 1 stands for
    (I or L), the digit 0 then standing for the letter O. Incorrect padding or characters
    outside the alphabet raise binascii.Error.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s with Base32's extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode s written with Base32's extended hex alphabet (0 and 1 are digits, so no map01)."""
    return _b32decode(_b32hexalphabet, s, casefold)


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
    # own; the model's bytes-like objects are bytes, bytearray and memoryview.
    if isinstance(s, (bytes, bytearray, memoryview)):
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


# Base85 and Ascii85: four bytes (big-endian) make five digits in base 85. A last group of 1-3
# bytes is completed with zero bytes, then only as many digits as bytes plus one are kept (all
# five with pad=True); decoding completes a short last group with the highest digit.
_A85_DIGITS = bytes(range(ord('!'), ord('u') + 1))
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {code: value for value, code in enumerate(_B85_DIGITS)}
_ALL_ONES = 0xFFFFFFFF


def _to_base85(data, digits, pad, folds):
    # folds maps a whole four-byte word to the one character that stands for it (Ascii85's 'z'
    # for zeros and, with foldspaces, 'y' for spaces).
    data = _need_bytes(data)
    out = bytearray()
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        word = int.from_bytes(group.ljust(4, b'\0'), 'big')
        partial = len(group) < 4 and not pad
        if word in folds and not partial:
            out.append(folds[word])
            continue
        code = bytearray(5)
        for place in range(4, -1, -1):
            word, code[place] = divmod(word, 85)
        out += bytes(digits[value] for value in code)[:len(group) + 1 if partial else 5]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with Base85 (the alphabet of git's binary diffs).
    pad=True first completes the input to a multiple of four bytes with zeros."""
    return _to_base85(b, _B85_DIGITS, pad, {})


def b85decode(b):
    """Decode the Base85 bytes-like object or ASCII string b (as b85encode writes it)."""
    b = _bytes_from_decode_data(b)
    short = -len(b) % 5
    b = b + b'~' * short
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for offset, code in enumerate(b[start:start + 5]):
            value = _B85_VALUES.get(code)
            if value is None:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            word = word * 85 + value
        if word > _ALL_ONES:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        out += word.to_bytes(4, 'big')
    return bytes(out[:len(out) - short])


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85.

    foldspaces=True writes four spaces as 'y' (not standard Ascii85); wrapcol > 0 breaks the
    output into lines of that many characters; pad=True completes the input to a multiple of
    four bytes; adobe=True frames the output in '<~' and '~>' as Adobe does.
    """
    folds = {0: ord('z')}
    if foldspaces:
        folds[0x20202020] = ord('y')
    text = _to_base85(b, _A85_DIGITS, pad, folds)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        rows = [text[at:at + width] for at in range(0, len(text), width)]
        if adobe and len(rows[-1]) + 2 > width:
            rows.append(b'')  # the closing '~>' goes on a line of its own
        text = b'\n'.join(rows)
    return text + b'~>' if adobe else text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode the Ascii85 bytes-like object or ASCII string b.

    foldspaces=True accepts 'y' for four spaces; adobe=True expects the '~>' end (and an
    optional '<~' start) of Adobe's framing; the characters of ignorechars are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    completed = 0  # digits added to complete a short last group
    position = 0
    while position < len(b) or group:
        if position < len(b):
            x = b[position]
            position += 1
        else:
            x = 117  # a short last group is completed with 'u', the highest digit
            completed += 1
        if 33 <= x <= 117:  # '!' to 'u'
            group.append(x - 33)
            if len(group) == 5:
                word = _base85_number(group)
                if word > _ALL_ONES:
                    raise ValueError('Ascii85 overflow') from None
                out += word.to_bytes(4, 'big')
                group = []
        elif x == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    return bytes(out[:len(out) - completed])


def _base85_number(values):
    number = 0
    for value in values:
        number = number * 85 + value
    return number
