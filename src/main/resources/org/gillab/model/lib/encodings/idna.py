"""The idna codec (RFC 3490, IDNA 2003): a domain name's labels as ASCII, each non-ASCII one prepared by
nameprep (RFC 3491) and written in punycode after the "xn--" prefix.

Mirrors CPython 3.11's Lib/encodings/idna.py and its error messages; written for the model from the
RFCs, not copied. Nameprep's tables are those of RFC 3454 as far as a domain name meets them: its case
folding is str.casefold and its normalization today's NFKC, where CPython keeps Unicode 3.2's tables.
"""

import codecs
import re
import unicodedata

# the full stops RFC 3490 section 3.1 separates labels with
_DOTS = re.compile("[.\u3002\uff0e\uff61]")
_ACE_PREFIX = b"xn--"

# RFC 3454 table B.1: mapped to nothing
_MAPPED_TO_NOTHING = frozenset(map(chr, [0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D,
                                         0x2060, 0xFEFF, *range(0xFE00, 0xFE10)]))


def _ranges(*spans):
    return frozenset(chr(c) for first, last in spans for c in range(first, last + 1))


# RFC 3454 tables C.1.2, C.2.2 and C.3 to C.9: what nameprep prohibits
_PROHIBITED = _ranges(
    (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200B), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
    (0x80, 0x9F), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x180E, 0x180E), (0x200C, 0x200D), (0x2028, 0x2029),
    (0x2060, 0x2063), (0x206A, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFC), (0x1D173, 0x1D17A),
    (0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD), (0xFDD0, 0xFDEF), (0xD800, 0xDFFF),
    (0xFFFD, 0xFFFD), (0x2FF0, 0x2FFB), (0x340, 0x341), (0x200E, 0x200F), (0x202A, 0x202E),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    *((plane + 0xFFFE, plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)))


def nameprep(label):
    """RFC 3491: maps, normalizes, refuses prohibited characters and checks bidirectional text."""
    mapped = "".join(c.casefold() for c in label if c not in _MAPPED_TO_NOTHING)
    label = unicodedata.normalize("NFKC", mapped)
    for c in label:
        if c in _PROHIBITED:
            raise UnicodeError("Invalid character %r" % c)
    right_to_left = [unicodedata.bidirectional(c) in ("R", "AL") for c in label]
    if any(right_to_left):
        if any(unicodedata.bidirectional(c) == "L" for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    """One label as ASCII bytes (RFC 3490 section 4.1, without the STD3 rules)."""
    if label.isascii():
        return _checked_length(label.encode("ascii"))
    label = nameprep(label)
    if label.isascii():
        return _checked_length(label.encode("ascii"))
    if label.startswith(_ACE_PREFIX.decode("ascii")):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(_ACE_PREFIX + label.encode("punycode"))


def ToUnicode(label):
    """One label as text (RFC 3490 section 4.2): an "xn--" label decoded, which must encode back the same."""
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        if not label.isascii():
            label = nameprep(label)
            if not label.isascii():
                raise UnicodeError("Invalid character in IDN label")
        label = label.encode("ascii")
    if not label.startswith(_ACE_PREFIX):
        return str(label, "ascii")
    text = label[len(_ACE_PREFIX):].decode("punycode")
    again = ToASCII(text)
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return text


def _split_labels(labels, final):
    """The labels to convert now, and what follows the last of them (a dot, or nothing): an empty last
    label is a trailing dot; an unfinished one (not final) waits for more input."""
    if labels and not labels[-1]:
        return labels[:-1], True
    if not final and labels:
        return labels[:-1], len(labels) > 1
    return labels, False


def _strict_only(errors, verb):
    if errors != "strict":
        raise UnicodeError("%s error handling %s" % (verb, errors))


def _encode_labels(input, final):
    """(ASCII bytes, characters consumed) for the labels of input."""
    labels, dot_after = _split_labels(_DOTS.split(input), final)
    encoded = b".".join(ToASCII(label) for label in labels)
    consumed = sum(map(len, labels)) + max(len(labels) - 1, 0)
    if dot_after:
        encoded += b"."
        consumed += 1
    return encoded, consumed


def _decode_labels(input, final):
    """(text, bytes consumed) for the labels of input, ASCII bytes."""
    labels, dot_after = _split_labels(input.split(b"."), final)
    decoded = ".".join(ToUnicode(label) for label in labels)
    consumed = sum(map(len, labels)) + max(len(labels) - 1, 0)
    if dot_after:
        decoded += "."
        consumed += 1
    return decoded, consumed


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        _strict_only(errors, "unsupported")
        if not input:
            return b"", 0
        if input.isascii():
            # an ASCII name is checked, not converted: only the last label may be empty
            encoded = input.encode("ascii")
            labels = encoded.split(b".")
            if any(not 0 < len(label) < 64 for label in labels[:-1]):
                raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return encoded, len(input)
        return _encode_labels(input, True)[0], len(input)

    def decode(self, input, errors="strict"):
        _strict_only(errors, "Unsupported")
        if not input:
            return "", 0
        input = bytes(input)
        if _ACE_PREFIX not in input and input.isascii():
            return input.decode("ascii"), len(input)
        return _decode_labels(input, True)[0], len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _strict_only(errors, "unsupported")
        return _encode_labels(input, final) if input else (b"", 0)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict_only(errors, "Unsupported")
        if not input:
            return "", 0
        if isinstance(input, str):
            return _decode_labels(input.encode("ascii"), final)
        return _decode_labels(bytes(input), final)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="idna", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
