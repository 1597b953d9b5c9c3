"""The punycode codec (RFC 3492): Unicode labels as ASCII, the basic characters first, then the others as
variable-length deltas in base 36.

Mirrors CPython 3.11's Lib/encodings/punycode.py and its error messages; written for the model from the
RFC, not copied.
"""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, points, first):
    """The bias for the next delta (RFC 3492 section 6.1)."""
    delta = delta // _DAMP if first else delta // 2
    delta += delta // points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return max(_TMIN, min(_TMAX, k - bias))


def _encode_number(q, bias, out):
    """Appends the generalized variable-length integer q to out."""
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    points = [ord(c) for c in text]
    out = bytearray(c for c in points if c < _INITIAL_N)
    basic = len(out)
    if basic:
        out.append(ord("-"))
    n, delta, bias, handled = _INITIAL_N, 0, _INITIAL_BIAS, basic
    while handled < len(points):
        smallest = min(c for c in points if c >= n)
        delta += (smallest - n) * (handled + 1)
        n = smallest
        for c in points:
            if c < n:
                delta += 1
            elif c == n:
                _encode_number(delta, bias, out)
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit(extended, pos, errors):
    """The value of the digit at pos (either case), or None when there is none and errors are not strict."""
    if pos >= len(extended):
        if errors == "strict":
            raise UnicodeError("incomplete punicode string")
        return None
    c = extended[pos].upper()
    if "A" <= c <= "Z":
        return ord(c) - ord("A")
    if "0" <= c <= "9":
        return ord(c) - ord("0") + 26
    if errors == "strict":
        raise UnicodeError("Invalid extended code point '%s'" % extended[pos])
    return None


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    dash = text.rfind(b"-")
    basic = "" if dash < 0 else str(text[:dash], "ascii", errors)
    extended = str(text[dash + 1:], "ascii")
    output = list(basic)
    n, i, bias, pos = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while pos < len(extended):
        start_i, weight, k = i, 1, _BASE
        while True:
            digit = _digit(extended, pos, errors)
            pos += 1
            if digit is None:
                return "".join(output)
            i += digit * weight
            t = _threshold(k, bias)
            if digit < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _adapt(i - start_i, len(output) + 1, start_i == 0)
        n += i // (len(output) + 1)
        i %= len(output) + 1
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        output.insert(i, chr(n))
        i += 1
    return "".join(output)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="punycode", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
