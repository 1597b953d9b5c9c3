"""JSON encoding for the GIL Lab model's json package.

Written for the model (not copied) to produce exactly what CPython 3.11's Lib/json/encoder.py
produces: the same text, separators and indentation, floats by float.__repr__, NaN/Infinity,
\\uXXXX escapes; and, for iterencode(), the same chunks in the same order, so json.dump writes
what CPython's writes, even when it fails half-way.

CPython has a C encoder (_json) that encode() uses when there is no indent; the model has none,
but does what it does differently where that shows: it encodes everything before returning
anything, and its out-of-range float error does not name the value.
"""

from _c_frames import hide_class

INFINITY = float('inf')

# JSON's two-character escapes; every other control character is \u00XX.
_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

# str.translate table for what JSON strings must escape: the quote, the backslash, the controls.
_MUST_ESCAPE = {ord(char): text for char, text in _SHORT_ESCAPES.items()}
for _code in range(0x20):
    _MUST_ESCAPE.setdefault(_code, '\\u{0:04x}'.format(_code))
del _code


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters as they are."""
    return '"' + s.translate(_MUST_ESCAPE) + '"'


def _unicode_escape(char):
    # \uXXXX, or a UTF-16 surrogate pair of them beyond the Basic Multilingual Plane.
    code = ord(char)
    if code < 0x10000:
        return '\\u{0:04x}'.format(code)
    code -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII: anything but printable ASCII is escaped."""
    text = s.translate(_MUST_ESCAPE)
    if text.isascii() and '\x7f' not in text:
        return '"' + text + '"'
    return '"' + ''.join(c if ' ' <= c <= '~' else _unicode_escape(c) for c in text) + '"'


# CPython's names for the escapers (its c_ versions are these here).
encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Turns Python values into JSON text.

    dict -> object, list and tuple -> array, str -> string, int and float -> number,
    True/False -> true/false, None -> null. Anything else goes through default(), which a subclass
    (or the default argument) can make return something encodable.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        """skipkeys: leave out dict keys that are not str, int, float, bool or None (else TypeError).
        ensure_ascii: escape every non-ASCII character. check_circular: refuse containers that
        contain themselves (else recursion runs out). allow_nan: write NaN and Infinity (else
        ValueError). sort_keys: objects' members in key order. indent: pretty-print with this many
        spaces (or this string) per level. separators: (item, key) separators, default (', ', ': ')
        or (',', ': ') with an indent. default: called for values that have no JSON form.
        """
        # What to write and how: read by each _ChunkWriter this encoder starts.
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        # Instance attributes only where they differ from the class's: given separators, or, when
        # pretty-printing, an item separator without its space (the newline follows the comma).
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        # A default function given here hides the method for this instance.
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode instead of o, which has no JSON form; here, always a TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """o as one JSON str."""
        if isinstance(o, str):
            return self._escaper()(o)
        # Listed here rather than in join, so that a traceback shows this line, as CPython's does.
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces, as they are produced (what json.dump writes)."""
        writer = _ChunkWriter(self)
        if _one_shot and self.indent is None:
            # Where CPython's C encoder would take over: all at once, its error messages.
            writer.plain_float_errors = True
            _iterencode = writer.at_once
        else:
            _iterencode = writer.value
        return _iterencode(o, 0)

    def _escaper(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring


@hide_class
class _ChunkWriter:
    """One encoding run of a JSONEncoder: its settings, and the containers being written.

    The chunking mirrors CPython's pure-Python encoder: a scalar is one chunk with the separator
    before it; a container's opening, separators, keys and closing are chunks of their own.
    Tracebacks show none of its frames, as they show none of CPython's C encoder (a failing value's
    traceback goes from iterencode straight to default).
    """

    def __init__(self, encoder):
        self.encoder = encoder
        self.escape = encoder._escaper()
        indent = encoder.indent
        # An int indent is that many spaces (0 or less: newlines only); a str is used as it is.
        self.indent = indent if indent is None or isinstance(indent, str) else ' ' * indent
        self.open_ids = {} if encoder.check_circular else None
        self.plain_float_errors = False

    # -- scalars ----------------------------------------------------------------------------

    def number(self, value):
        # bool before int (it is one); int and float subclasses by the base type's repr.
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, float):
            return self.float_text(value)
        return int.__repr__(value)

    def float_text(self, value):
        if value != value:
            text = 'NaN'
        elif value == INFINITY:
            text = 'Infinity'
        elif value == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(value)
        if not self.encoder.allow_nan:
            if self.plain_float_errors:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError(
                "Out of range float values are not JSON compliant: " + repr(value))
        return text

    def scalar(self, value):
        """The JSON text of a value that needs no recursion, or None for one that does."""
        if isinstance(value, str):
            return self.escape(value)
        if value is None:
            return 'null'
        if isinstance(value, (int, float)):
            return self.number(value)
        return None

    # -- values --------------------------------------------------------------------------------

    def at_once(self, o, level):
        return [''.join(self.value(o, level))]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.obj(o, level)
        else:
            # No JSON form: encode what default() makes of it, guarding against it giving o back.
            self.enter(o)
            yield from self.value(self.encoder.default(o), level)
            self.leave(o)

    def enter(self, container):
        if self.open_ids is not None:
            if id(container) in self.open_ids:
                raise ValueError("Circular reference detected")
            self.open_ids[id(container)] = container

    def leave(self, container):
        if self.open_ids is not None:
            del self.open_ids[id(container)]

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, items, level):
        if not items:
            yield '[]'
            return
        self.enter(items)
        between = self.encoder.item_separator
        lead = '['
        if self.indent is not None:
            level += 1
            between += self.newline(level)
            lead += self.newline(level)
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.value(item, level)
            lead = between
        if self.indent is not None:
            yield self.newline(level - 1)
        yield ']'
        self.leave(items)

    def key_text(self, key):
        """A member name as JSON text, or None for a key skipkeys leaves out."""
        if isinstance(key, str):
            return self.escape(key)
        if key is None:
            return '"null"'
        if isinstance(key, (int, float)):
            return '"' + self.number(key) + '"'
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def obj(self, members, level):
        if not members:
            yield '{}'
            return
        self.enter(members)
        yield '{'
        between = self.encoder.item_separator
        if self.indent is not None:
            level += 1
            between += self.newline(level)
            yield self.newline(level)
        pairs = sorted(members.items()) if self.encoder.sort_keys else members.items()
        started = False
        for key, item in pairs:
            name = self.key_text(key)
            if name is None:
                continue
            if started:
                yield between
            started = True
            yield name
            yield self.encoder.key_separator
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.value(item, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield '}'
        self.leave(members)
