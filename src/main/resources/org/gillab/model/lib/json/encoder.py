"""JSON encoding for the GIL Lab model's json package.

Written for the model (not copied) to produce exactly what CPython 3.11's Lib/json/encoder.py
produces: the same separators and indentation, floats by repr, NaN/Infinity, \\uXXXX escapes.
"""

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

INFINITY = float('inf')


def _escape_char(c, ascii_only):
    if c in _ESCAPES:
        return _ESCAPES[c]
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n > 0xffff:
            n -= 0x10000
            return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
        return '\\u{0:04x}'.format(n)
    return c


def py_encode_basestring(s):
    """The JSON text of a str, non-ASCII characters as they are."""
    return '"' + ''.join(_escape_char(c, False) if c in _ESCAPES or c < ' ' else c for c in s) + '"'


def py_encode_basestring_ascii(s):
    """The JSON text of a str in ASCII, others as \\uXXXX."""
    return '"' + ''.join(c if ' ' <= c <= '~' and c not in _ESCAPES else _escape_char(c, True) for c in s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Turns Python values into JSON text: dict, list, tuple, str, int, float, True, False, None."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, {} if self.check_circular else None, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _string(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _newline(self, level):
        if self.indent is None:
            return None
        indent = ' ' * self.indent if isinstance(self.indent, int) else self.indent
        return '\n' + indent * level

    def _encode(self, o, out, markers, level):
        if isinstance(o, str):
            out.append(self._string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, markers, level, '[', ']', self._list_items)
        elif isinstance(o, dict):
            self._container(o, out, markers, level, '{', '}', self._dict_items)
        else:
            if markers is not None:
                self._mark(o, markers)
            self._encode(self.default(o), out, markers, level)
            if markers is not None:
                del markers[id(o)]

    def _mark(self, o, markers):
        if id(o) in markers:
            raise ValueError("Circular reference detected")
        markers[id(o)] = o

    def _container(self, o, out, markers, level, opening, closing, items):
        if not o:
            out.append(opening + closing)
            return
        if markers is not None:
            self._mark(o, markers)
        out.append(opening)
        newline = self._newline(level + 1)
        first = True
        for write in items(o, out, markers, level + 1):
            if first:
                first = False
                if newline is not None:
                    out.append(newline)
            else:
                out.append(self.item_separator if newline is None else self.item_separator + newline)
            write()
        if newline is not None:
            out.append(self._newline(level))
        out.append(closing)
        if markers is not None:
            del markers[id(o)]

    def _list_items(self, o, out, markers, level):
        for value in o:
            yield lambda value=value: self._encode(value, out, markers, level)

    def _dict_items(self, o, out, markers, level):
        items = sorted(o.items()) if self.sort_keys else o.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

            def write(key=key, value=value):
                out.append(self._string(key))
                out.append(self.key_separator)
                self._encode(value, out, markers, level)
            yield write
