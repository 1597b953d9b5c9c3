"""The json package of the GIL Lab model: dumps/loads/dump/load.

Written for the model (not copied) to behave as CPython 3.11's Lib/json documents and does; it is
Python here, as CPython's pure-Python json is without its _json accelerator.
"""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str."""
    # Every option at its default: the shared encoder. Its line, and the last line of the call below,
    # are what a traceback through dumps shows, as CPython's.
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


_default_encoder = JSONEncoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes obj as JSON to the file fp, chunk by chunk as the encoder's iterencode() yields them."""
    if cls is None:
        cls = JSONEncoder
    # CPython's dump writes what the encoder's own iterencode yields, so a subclass overriding
    # iterencode (not encode) decides what is written
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: its byte order mark's, else the one its first
    characters, which are ASCII, show by where their zero bytes are (RFC 4627 section 3); UTF-8 by default."""
    marks = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'), (b'\xfe\xff', 'utf-16'),
             (b'\xff\xfe', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))
    for mark, encoding in marks:
        if b.startswith(mark):
            return encoding
    if len(b) >= 4:
        zero = [byte == 0 for byte in b[:4]]
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(b) == 2 and 0 in b:
        return 'utf-16-be' if b[0] == 0 else 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float), ('parse_int', parse_int),
                       ('parse_constant', parse_constant), ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)


_default_decoder = JSONDecoder()


def load(fp, **kw):
    """The Python value of the JSON document read from the file fp."""
    return loads(fp.read(), **kw)
