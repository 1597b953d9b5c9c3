"""JSON decoding for the GIL Lab model's json package.

Written for the model (not copied) to accept what CPython 3.11's Lib/json/decoder.py accepts and
to fail with its JSONDecodeError messages, positions included.
"""

import re

from _traceback import hide_frames

__all__ = ['JSONDecoder', 'JSONDecodeError']

# decode's whitespace skipper, as CPython's decoder module has it (its frames are in tracebacks)
WHITESPACE = re.compile(r'[ \t\n\r]*')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """ValueError with where the document stops being JSON: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        self.msg, self.doc, self.pos = msg, doc, pos
        # Both count from 1: the line by the newlines before pos, the column from the last of them.
        self.lineno = 1 + doc.count('\n', 0, pos)
        self.colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        # Pickled as the three arguments, from which the rest is computed again.
        return type(self), (self.msg, self.doc, self.pos)


class JSONDecoder:
    """Turns JSON text into Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        # object_pairs_hook, when given, is used instead of object_hook (see _finish_object).
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        # strict=False lets control characters stand unescaped inside strings.
        self.strict = strict
        # A parser left out is the plain type; the three constants become the floats they name.
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__

    # decode and raw_decode are Python in CPython and the scanner under them C: a traceback through
    # json.loads shows these two frames and none of the scanner's (hide_frames), and a value missing at
    # the top level is the scanner's StopIteration, which raw_decode turns into JSONDecodeError.
    def decode(self, s, _w=WHITESPACE.match):
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end < len(s):  # more than whitespace after the value
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

    @staticmethod
    @hide_frames
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WHITESPACE:
            i += 1
        return i

    @hide_frames
    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        return self._number(s, i)

    scan_once = _value  # the scanner CPython's decoder calls: no JSON value at i raises StopIteration(i)

    @hide_frames
    def _number(self, s, i):
        start = i
        n = len(s)
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        integer = True
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            integer = False
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                integer = False
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        return (self.parse_int(text) if integer else self.parse_float(text)), i

    @hide_frames
    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(_ESCAPES[esc])
                i = j + 2
                continue
            code = self._hex4(s, j + 2, j + 1)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                low = self._hex4(s, i + 2, i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    @staticmethod
    @hide_frames
    def _hex4(s, i, escape_pos):
        digits = s[i:i + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, escape_pos)

    @hide_frames
    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)  # no value here: StopIteration(i), for raw_decode, as C's scanner
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    @hide_frames
    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    @hide_frames
    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
