"""Pretty-printing of Python data structures: the GIL Lab model's pprint module.

Behaves as CPython 3.11's Lib/pprint.py documents and does (pprint, pformat, pp, saferepr,
isreadable, isrecursive and PrettyPrinter with indent, width, depth, stream, compact, sort_dicts and
underscore_numbers); written for the model from that documentation and from experiments with
python3, not copied. An object whose repr fits in what is left of the line is written as its repr;
one that does not is laid out over several lines as CPython lays out dicts, lists, tuples, sets,
frozensets, strings, bytes and bytearrays (and subclasses of them that keep the built-in repr),
collections' OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList and UserString,
types.SimpleNamespace, mappingproxy and dataclass instances whose repr the dataclass wrote. Other
objects are written as their repr.

The chain of calls a repr error travels through (pformat -> _format -> _repr -> format ->
_safe_repr) keeps CPython's method names and source lines, so its traceback reads the same; format()
is the documented hook a subclass overrides.
"""

import collections as _collections
import io as _io
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth, compact=compact,
        sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries kept in insertion order unless sort_dicts=True."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """The repr of object on one line, with recursive containers marked instead of followed."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() could rebuild object from saferepr(object)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Orderable:
    # Sorts dict keys and set members that do not compare with each other (1 and 'a'): such
    # pairs are ordered by the name of their type, then by id, as CPython's pprint orders them.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_order(pair):
    return _Orderable(pair[0]), _Orderable(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always used as it is, and readable.
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _space_separated(line):
    # The line cut after each run of whitespace: 'a  b c' -> ['a  ', 'b ', 'c'].
    parts = []
    start = 0
    size = len(line)
    while start < size:
        end = start
        while end < size and not line[end].isspace():
            end += 1
        while end < size and line[end].isspace():
            end += 1
        parts.append(line[start:end])
        start = end
    return parts


def _pack(pieces, room, room_at_end, show):
    # Join consecutive pieces while show(joined) fits in room characters (room_at_end for a
    # group that takes the final piece); a piece that fits nowhere stands alone.
    groups = []
    current = None
    for number, piece in enumerate(pieces):
        limit = room_at_end if number == len(pieces) - 1 else room
        joined = piece if current is None else current + piece
        if len(show(joined)) <= limit:
            current = joined
            continue
        if current:
            groups.append(show(current))
        current = piece
    if current:
        groups.append(show(current))
    return groups


class PrettyPrinter:
    """Formats objects as pprint does, with the given indent per nesting level, line width,
    depth limit (deeper containers become '...'), output stream, compact lists, sorted dict keys
    and '_' thousands separators in ints."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._per_level = indent
        self._line_width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscores = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        """Write the pretty-printed object and a newline to the printer's stream."""
        if self._stream is None:  # sys.stdout may be None (pythonw)
            return
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        """The pretty-printed object, as a string."""
        sio = _io.StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        """Whether object contains itself."""
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        """Whether object's repr would rebuild it (so not if it contains itself)."""
        _, readable, recursive = self.format(object, {}, 0, 0)
        if not readable:
            return readable
        return not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object. context holds the ids of the
        containers being formatted around it, maxlevels the depth limit (0 or None: none) and
        level the current depth. Subclasses override this to change how objects look."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one object, at a given position -------------------------------------------------------
    # indent: the column the object starts at; allowance: characters that will follow it on
    # its last line (closing brackets, a comma); level: the nesting depth.

    def _format(self, object, stream, indent, allowance, context, level):
        if id(object) in context:
            # Back at a container being laid out around us: a marker instead of a loop.
            marker = _recursion(object)
            stream.write(marker)
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        layout = None
        if len(rep) > self._line_width - indent - allowance:
            layout = self._layout_for(object)
        if layout is None:
            stream.write(rep)
            return
        context[id(object)] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[id(object)]

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        self._readable = self._readable and bool(readable)
        self._recursive = self._recursive or bool(recursive)
        return repr

    def _layout_for(self, object):
        # A multi-line layout exists for the built-in containers and for subclasses that keep
        # their built-in repr (CPython looks the layout up by the type's __repr__).
        layout = _LAYOUTS.get(type(object).__repr__)
        if layout is not None:
            return layout
        if type(object) is _types.MappingProxyType:
            # mappingproxy cannot be subclassed, so its type identifies it (the model's shares
            # object's __repr__).
            return PrettyPrinter._mappingproxy_layout
        if _has_dataclass_repr(object):
            return PrettyPrinter._dataclass_layout
        return None

    def _sorted_pairs(self, mapping):
        pairs = mapping.items()
        return sorted(pairs, key=_pair_order) if self._sort_dicts else pairs

    # -- layouts -----------------------------------------------------------------------------

    def _dict_layout(self, mapping, stream, indent, allowance, context, level):
        stream.write('{' + ' ' * (self._per_level - 1))
        if len(mapping):
            self._write_pairs(self._sorted_pairs(mapping), stream, indent + self._per_level,
                              allowance + 1, context, level)
        stream.write('}')

    def _list_layout(self, sequence, stream, indent, allowance, context, level):
        self._bracketed('[', sequence, ']', stream, indent, allowance, context, level)

    def _tuple_layout(self, sequence, stream, indent, allowance, context, level):
        close = ',)' if len(sequence) == 1 else ')'
        self._bracketed('(', sequence, close, stream, indent, allowance, context, level)

    def _set_layout(self, members, stream, indent, allowance, context, level):
        if not len(members):
            stream.write(repr(members))
            return
        if type(members) is set:
            opening, closing = '{', '}'
        else:  # frozenset and subclasses of either show their class name
            opening, closing = type(members).__name__ + '({', '})'
            indent += len(opening) - 1
        ordered = sorted(members, key=_Orderable)
        self._bracketed(opening, ordered, closing, stream, indent, allowance, context, level)

    def _bracketed(self, opening, items, closing, stream, indent, allowance, context, level):
        stream.write(opening)
        self._write_items(items, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _str_layout(self, text, stream, indent, allowance, context, level):
        if not len(text):
            stream.write(repr(text))
            return
        outermost = level == 1
        if outermost:  # the pieces get parentheses around them
            indent += 1
            allowance += 1
        room = self._line_width - indent
        lines = text.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            room_here = room - allowance if number == len(lines) - 1 else room
            if len(repr(line)) <= room_here:
                pieces.append(repr(line))
            else:
                pieces += _pack(_space_separated(line), room, room_here, repr)
        self._write_pieces(pieces, stream, indent, outermost)

    def _bytes_layout(self, data, stream, indent, allowance, context, level):
        if len(data) <= 4:
            stream.write(repr(data))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        room = self._line_width - indent
        quads = [data[start:start + 4] for start in range(0, len(data), 4)]
        # CPython leaves room for what follows only when the last group of four is partial.
        room_at_end = room if len(data) % 4 == 0 else room - allowance
        pieces = _pack(quads, room, room_at_end, repr)
        self._write_pieces(pieces, stream, indent, outermost, always_wrap=True)

    def _bytearray_layout(self, data, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._bytes_layout(bytes(data), stream, indent + len('bytearray('), allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _write_pieces(self, pieces, stream, indent, parenthesised, always_wrap=False):
        # Adjacent string literals, one a line; a lone piece needs no parentheses (strings).
        if len(pieces) == 1 and not always_wrap:
            stream.write(pieces[0])
            return
        if parenthesised:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parenthesised:
            stream.write(')')

    def _ordered_dict_layout(self, mapping, stream, indent, allowance, context, level):
        if not len(mapping):
            stream.write(repr(mapping))
            return
        name = type(mapping).__name__
        stream.write(name + '(')  # OrderedDict([(key, value), ...])
        self._format(list(mapping.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _default_dict_layout(self, mapping, stream, indent, allowance, context, level):
        if not len(mapping):
            stream.write(repr(mapping))
            return
        factory = self._repr(mapping.default_factory, context, level)
        name = type(mapping).__name__
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)  # the dict on a line of its own
        self._dict_layout(mapping, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _counter_layout(self, counter, stream, indent, allowance, context, level):
        if not len(counter):
            stream.write(repr(counter))
            return
        name = type(counter).__name__
        stream.write(name + '({' + ' ' * (self._per_level - 1))
        self._write_pairs(counter.most_common(), stream, indent + len(name) + 1 + self._per_level,
                          allowance + 2, context, level)
        stream.write('})')

    def _chain_map_layout(self, chain, stream, indent, allowance, context, level):
        maps = chain.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(chain))
            return
        name = type(chain).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for number, mapping in enumerate(maps):
            if number:
                stream.write(',\n' + ' ' * indent)
            last = number == len(maps) - 1
            self._format(mapping, stream, indent, allowance + 1 if last else 1, context, level)
        stream.write(')')

    def _deque_layout(self, queue, stream, indent, allowance, context, level):
        if not len(queue):
            stream.write(repr(queue))
            return
        name = type(queue).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if queue.maxlen is None:
            self._write_items(queue, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._write_items(queue, stream, indent, 2, context, level)
        limit = self._repr(queue.maxlen, context, level)
        stream.write('],\n' + ' ' * indent + 'maxlen=' + limit + ')')

    def _wrapped_data_layout(self, wrapper, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString look like the object they wrap.
        self._format(wrapper.data, stream, indent, allowance, context, level - 1)

    def _namespace_layout(self, space, stream, indent, allowance, context, level):
        kind = type(space)
        name = 'namespace' if kind is _types.SimpleNamespace else kind.__name__
        stream.write(name + '(')
        self._write_keywords(space.__dict__.items(), stream, indent + len(name) + 1, allowance,
                             context, level)
        stream.write(')')

    def _dataclass_layout(self, instance, stream, indent, allowance, context, level):
        import dataclasses
        name = type(instance).__name__
        shown = [(field.name, getattr(instance, field.name))
                 for field in dataclasses.fields(instance) if field.repr]
        stream.write(name + '(')
        self._write_keywords(shown, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _mappingproxy_layout(self, proxy, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(proxy.copy(), stream, indent + len('mappingproxy('), allowance + 1,
                     context, level)
        stream.write(')')

    # -- the items of a container ------------------------------------------------------------

    def _write_keywords(self, pairs, stream, indent, allowance, context, level):
        # One 'name=value' a line; a value that is a container around us is written '...'.
        pairs = list(pairs)
        for number, (name, value) in enumerate(pairs):
            if number:
                stream.write(',\n' + ' ' * indent)
            last = number == len(pairs) - 1
            stream.write(name + '=')
            if id(value) in context:
                stream.write('...')
                continue
            self._format(value, stream, indent + len(name) + 1, allowance if last else 1,
                         context, level)

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        # One 'key: value' a line; the value continues after the key's repr.
        pairs = list(pairs)
        separator = ',\n' + ' ' * indent
        for number, (key, value) in enumerate(pairs):
            if number:
                stream.write(separator)
            last = number == len(pairs) - 1
            key_text = self._repr(key, context, level) + ': '
            stream.write(key_text)
            self._format(value, stream, indent + len(key_text), allowance if last else 1,
                         context, level)

    def _write_items(self, items, stream, indent, allowance, context, level):
        # One item a line; with compact=True as many short items a line as fit, an item too
        # long for a line of its own being laid out normally.
        items = list(items)
        stream.write(' ' * (self._per_level - 1))
        indent += self._per_level
        next_line = ',\n' + ' ' * indent
        line_room = self._line_width - indent + 1
        room = line_room
        separator = ''
        for number, item in enumerate(items):
            last = number == len(items) - 1
            if last:
                line_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if needed > room:
                    room = line_room
                    separator = next_line if separator else ''
                if needed <= room:
                    room -= needed
                    stream.write(separator + text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = next_line
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # -- one-line reprs ----------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False  # readable without looking
        kind_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and kind_repr is int.__repr__:
            return (f"{object:_d}" if self._underscores else repr(object)), True, False
        shape = _bracket_shape(object, kind, kind_repr)
        if shape is None:
            rep = repr(object)
            return rep, (not rep.startswith('<') if rep else rep), False
        opening, closing = shape
        if not object:
            return opening + closing, True, False
        if maxlevels and maxlevels <= level:
            return opening + '...' + closing, False, id(object) in context
        if id(object) in context:
            marker = _recursion(object)
            return marker, False, True
        context[id(object)] = 1
        level += 1
        parts = []
        readable, recursive = True, False
        if opening == '{':
            for key, value in self._sorted_pairs(object):
                krepr, kreadable, krecur = self.format(
                    key, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(
                    value, context, maxlevels, level)
                parts.append(krepr + ': ' + vrepr)
                readable = readable and (kreadable and vreadable)
                if krecur or vrecur:
                    recursive = True
        else:
            for item in object:
                orepr, oreadable, orecur = self.format(
                    item, context, maxlevels, level)
                parts.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
        del context[id(object)]
        return opening + ', '.join(parts) + closing, readable, recursive


def _has_dataclass_repr(object):
    # An instance (not a class) of a dataclass made with repr=True that kept the __repr__ the
    # dataclass wrote: its code comes from the dataclasses module. A class defining its own
    # __repr__ keeps it and is written as that repr, as in CPython.
    params = getattr(object, '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    dataclasses = _sys.modules.get('dataclasses')
    code = getattr(type(object).__repr__, '__code__', None)
    return dataclasses is not None and code is not None and code.co_filename == dataclasses.__file__


def _bracket_shape(object, kind, kind_repr):
    # The brackets of a dict, list or tuple (or subclass keeping the built-in repr), whose
    # items _safe_repr formats itself; None for any other object.
    if issubclass(kind, dict) and kind_repr is dict.__repr__:
        return '{', '}'
    if issubclass(kind, list) and kind_repr is list.__repr__:
        return '[', ']'
    if issubclass(kind, tuple) and kind_repr is tuple.__repr__:
        return ('(', ',)') if len(object) == 1 else ('(', ')')
    return None


def _layout_table():
    # The layouts by the __repr__ of the types they are for; a type whose __repr__ is
    # object's (or that the model's collections lack) gets none.
    layouts = {}
    for kind, layout in (
            (dict, PrettyPrinter._dict_layout),
            (list, PrettyPrinter._list_layout),
            (tuple, PrettyPrinter._tuple_layout),
            (set, PrettyPrinter._set_layout),
            (frozenset, PrettyPrinter._set_layout),
            (str, PrettyPrinter._str_layout),
            (bytes, PrettyPrinter._bytes_layout),
            (bytearray, PrettyPrinter._bytearray_layout),
            (_collections.OrderedDict, PrettyPrinter._ordered_dict_layout),
            (_collections.defaultdict, PrettyPrinter._default_dict_layout),
            (_collections.Counter, PrettyPrinter._counter_layout),
            (_collections.ChainMap, PrettyPrinter._chain_map_layout),
            (_collections.deque, PrettyPrinter._deque_layout),
            (getattr(_collections, 'UserDict', None), PrettyPrinter._wrapped_data_layout),
            (getattr(_collections, 'UserList', None), PrettyPrinter._wrapped_data_layout),
            (getattr(_collections, 'UserString', None), PrettyPrinter._wrapped_data_layout),
            (_types.SimpleNamespace, PrettyPrinter._namespace_layout)):
        if kind is not None and kind.__repr__ is not object.__repr__:
            layouts[kind.__repr__] = layout
    return layouts


_LAYOUTS = _layout_table()
