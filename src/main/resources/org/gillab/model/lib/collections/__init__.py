"""Container datatypes: the GIL Lab model's collections package.

Mirrors the behaviour of CPython 3.11's Lib/collections/__init__.py (reprs, error messages, the
methods namedtuple classes get); written for the model from the documentation and from experiments
with python3, not copied. deque comes from _collections, which is Java here as it is C in
CPython, so its appends and pops stay atomic under the GIL. Everything else is Python and runs
under the GIL as CPython's Python code does. defaultdict and OrderedDict are C types in CPython;
here they are Python classes over the insertion order every dict keeps, their frames hidden from
tracebacks (as C's are), so OrderedDict.move_to_end(key, last=False) and popitem(last=False) cost
time in the dict's size where CPython's linked list makes them constant.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from _typeobject import set_tp_name as _set_tp_name
from _c_frames import hide_class as _hide_class
from _traceback import hide_frames as _hide_frames
from _collections import deque
from _thread import get_ident as _thread_id
from heapq import nlargest as _nlargest
from itertools import repeat as _repeat
from keyword import iskeyword as _is_keyword
from operator import add as _add, delitem as _delitem, eq as _eq, ge as _ge, itemgetter as _itemgetter, le as _le, \
    sub as _sub

_GenericAlias = type(list[int])    # types.GenericAlias, without importing types

# deque is Java, outside the ABC hierarchy: register it as CPython's collections does.
_collections_abc.MutableSequence.register(deque)


# -- shared helpers -----------------------------------------------------------------------------

_reprs_in_progress = set()


def _repr_or_ellipsis(obj, render):
    """render(obj), or '...' when obj is met again while its own repr is being made.

    Objects are keyed by (id, thread): another thread printing the same object at the same time is
    no recursion (reprlib.recursive_repr's rule)."""
    token = (id(obj), _thread_id())
    if token in _reprs_in_progress:
        return '...'
    _reprs_in_progress.add(token)
    try:
        return render(obj)
    finally:
        _reprs_in_progress.discard(token)


def _repr_once(render):
    """Wraps a __repr__ so that an object met again inside its own repr shows as '...'."""
    def guarded(self):
        return _repr_or_ellipsis(self, render)
    guarded.__name__ = render.__name__
    guarded.__qualname__ = render.__qualname__
    guarded.__doc__ = render.__doc__
    return guarded


@_hide_frames
def _pairs_of(source):
    """The (key, value) pairs of a mapping (anything with keys()) or of an iterable of pairs, as
    OrderedDict.update reads its argument (a pair that is not iterable: "'int' object is not
    iterable", as CPython's C loop says)."""
    if hasattr(source, 'keys'):
        return _mapping_pairs(source)
    return map(iter, source)


@_hide_frames
def _mapping_pairs(mapping):
    for key in mapping.keys():
        yield key, mapping[key]


# -- defaultdict ----------------------------------------------------------------------------------

@_hide_class
class defaultdict(dict):
    # CPython's C docstring, kept flush left as help() shows it.
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        # Called by dict.__getitem__ only (never by get): store and return a fresh default.
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = fresh = make()
        return fresh

    def __repr__(self):
        # As CPython's C repr: the items first (dict's own guard shows a nested self as {...}),
        # then the factory, guarded on its own.
        items = dict.__repr__(self)
        make = self.default_factory
        shown = 'None' if make is None else _repr_or_ellipsis(make, repr)
        return f'{type(self).__name__}({shown}, {items})'

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory_args = () if self.default_factory is None else (self.default_factory,)
        return type(self), factory_args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged

    __class_getitem__ = classmethod(_GenericAlias)


# -- OrderedDict ----------------------------------------------------------------------------------

@_hide_class
class _OrderedView:
    """What CPython's odict views add to the collections.abc views: their names in repr, and
    iteration (also reversed) straight over the dict's own view."""

    def __init__(self, mapping):
        super().__init__(mapping)
        self._plain = self._plain_view(mapping)

    def __len__(self):
        return len(self._plain)

    def __iter__(self):
        return iter(self._plain)

    def __reversed__(self):
        return reversed(self._plain)

    def __repr__(self):
        return f'{type(self).__name__}({list(self._plain)!r})'


@_hide_class
class odict_keys(_OrderedView, _collections_abc.KeysView):
    _plain_view = staticmethod(dict.keys)

    def __contains__(self, key):
        return key in self._plain


@_hide_class
class odict_values(_OrderedView, _collections_abc.ValuesView):
    _plain_view = staticmethod(dict.values)


@_hide_class
class odict_items(_OrderedView, _collections_abc.ItemsView):
    _plain_view = staticmethod(dict.items)

    def __contains__(self, item):
        return item in self._plain


@_hide_class
class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # The order lives in the dict itself (every dict keeps insertion order), so lookups, stores and
    # deletions are dict's own; only what needs to reorder or to compare order is written here.

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def update(self, /, *args, **kwds):
        """Stores each item through self[key] = value, so that a subclass's __setitem__ sees it."""
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        for source in (*args, kwds):
            for key, value in _pairs_of(source):
                self[key] = value

    def move_to_end(self, key, last=True):
        """Puts an existing key last (first if last is false); KeyError if it is absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        """Removes and returns the newest (key, value) pair, or the oldest if last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        oldest = next(iter(dict.keys(self)))
        return oldest, dict.pop(self, oldest)

    def setdefault(self, key, default=None):
        """The value of key, after storing default there (through __setitem__) if key is new."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __eq__(self, other):
        # Between two OrderedDicts order matters; against any other mapping it does not.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    @_repr_once
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        return f'{name}({list(dict.items(self))!r})'

    def __reduce__(self):
        state = vars(self) or None
        return type(self), (), state, None, iter(dict.items(self))

    def copy(self):
        """A new instance of the same class with the same items in the same order."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance whose keys come from iterable, in order, each mapped to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# -- namedtuple -----------------------------------------------------------------------------------

# A field of a namedtuple reads as item `index` through operator.itemgetter (Java here, so reading
# costs no Python call) and refuses assignment with the words of CPython's
# _collections._tuplegetter.
# Unlike CPython's, the descriptor is a plain property: its repr and type name differ.

def _refuse_set(instance, value):
    raise AttributeError("can't set attribute")


def _refuse_delete(instance):
    raise AttributeError("can't delete attribute")


def _field_reader(index):
    return property(_itemgetter(index), _refuse_set, _refuse_delete,
                    f'Alias for field number {index}')


def _field_names_for(typename, field_names, rename):
    """The checked field names of namedtuple(typename, field_names, rename=...)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            if (not name.isidentifier() or _is_keyword(name) or name.startswith('_')
                    or name in taken):
                names[position] = f'_{position}'
            taken.add(name)
    for name in [typename, *names]:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _is_keyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    taken = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return tuple(_sys.intern(name) for name in names)


def _constructor_for(typename, fields, defaults):
    """A __new__ taking the fields as real parameters (the last ones defaulting to `defaults`), so
    that a wrong call gets the interpreter's own messages ('Point.__new__() missing 1 required
    positional argument: 'y'')."""
    required = len(fields) - len(defaults)
    params = ', '.join(name if position < required else f'{name}=_defaults[{position - required}]'
                       for position, name in enumerate(fields))
    packed = ', '.join(fields) + (',' if len(fields) == 1 else '')
    scope = {'_new_tuple': tuple.__new__, '_defaults': defaults, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    # A lambda compiles faster than a def statement; its name is set to __new__ below.
    constructor = eval(f'lambda _cls, {params}: _new_tuple(_cls, ({packed}))', scope)
    constructor.__name__ = '__new__'
    constructor.__doc__ = f'Create new instance of {typename}({packed})'
    return constructor, packed


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Makes a tuple subclass called typename whose items are also attributes named by
    field_names (a sequence of names, or one string of names separated by commas or spaces).

    rename=True replaces invalid or repeated names by _<position>; defaults supplies values for the
    last fields; module sets __module__ (by default the caller's module).
    """
    typename = _sys.intern(str(typename))
    fields = _field_names_for(typename, field_names, rename)
    width = len(fields)

    defaults = () if defaults is None else tuple(defaults)
    if len(defaults) > width:
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[width - len(defaults):], defaults))
    constructor, packed = _constructor_for(typename, fields, defaults)

    new_tuple = tuple.__new__    # a closure cell: read faster than the builtin's attribute

    def _make(cls, iterable):
        made = new_tuple(cls, iterable)
        if len(made) != width:
            raise TypeError(f'Expected {width} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        changed = self._make(map(kwds.pop, fields, self))    # each field: its new or old value
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return changed
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    shape = '(' + ', '.join(name + '=%r' for name in fields) + ')'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return type(self).__name__ + shape % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (constructor, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = {
        '__doc__': f'{typename}({packed})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': constructor,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for position, name in enumerate(fields):
        namespace[name] = _field_reader(position)
    made_class = type(typename, (tuple,), namespace)

    # Like CPython: the class belongs to the caller's module unless told otherwise (pickling finds
    # it there).
    module = _callers_module() if module is None else module
    if module is not None:
        made_class.__module__ = module
    return made_class


def _callers_module():
    """The __name__ of the module that called namedtuple (None if the stack cannot say)."""
    try:
        namedtuples_caller = _sys._getframe(2)  # 0: this function, 1: namedtuple
    except (AttributeError, ValueError):
        return None
    return namedtuples_caller.f_globals.get('__name__', '__main__')


# -- Counter --------------------------------------------------------------------------------------

class Counter(dict):
    """A dict from elements to their counts (a multiset). Missing elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        'The sum of all counts.'
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first: the n first, or all if n is None."""
        # Both orders are stable: equal counts keep the order in which elements were first seen.
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        return _nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Each element, as many times as its count says (none for counts below one)."""
        for element, count in self.items():
            yield from _repeat(element, count)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds the counts of a mapping, or one per element of an iterable, and of keywords."""
        self._add_counts(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        """Takes away counts as update() adds them; counts may go to zero or below."""
        self._add_counts(iterable, kwds, -1)

    def _add_counts(self, source, keywords, sign):
        # A mapping brings counts; any other iterable brings elements, each counting once.
        for counts in (source, keywords):
            if counts is None:
                continue
            current = self.get
            if isinstance(counts, _collections_abc.Mapping):
                if sign > 0 and not self:
                    dict.update(self, counts)    # nothing to add to: counts may be any values
                elif sign > 0:
                    for element, count in counts.items():
                        self[element] = count + current(element, 0)
                else:
                    for element, count in counts.items():
                        self[element] = current(element, 0) - count
            else:
                for element in counts:
                    self[element] = current(element, 0) + sign

    def copy(self):
        'A new counter of the same class with the same counts.'
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        'Forgets elem; an element not counted is no error.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:    # counts that do not order: show them as stored
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    # Comparisons treat a missing element as a zero count (multiset semantics, 3.10+).

    def _every(self, other, holds):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(holds(self[element], other[element])
                   for side in (self, other) for element in side)

    def __eq__(self, other):
        return self._every(other, _eq)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __le__(self, other):
        return self._every(other, _le)

    def __lt__(self, other):
        subset = self.__le__(other)
        return subset if subset is NotImplemented else subset and self != other

    def __ge__(self, other):
        return self._every(other, _ge)

    def __gt__(self, other):
        superset = self.__ge__(other)
        return superset if superset is NotImplemented else superset and self != other

    __hash__ = None

    # Arithmetic keeps only positive counts. The binary forms build a plain Counter from self's
    # elements, then other's new ones; the in-place forms change self and then drop what is no
    # longer positive.

    def _combined(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            value = combine(count, other[element])
            if value > 0:
                result[element] = value
        for element, count in other.items():
            if element not in self:
                value = combine(0, count)
                if value > 0:
                    result[element] = value
        return result

    def __add__(self, other):
        return self._combined(other, _add)

    def __sub__(self, other):
        return self._combined(other, _sub)

    def __or__(self, other):
        return self._combined(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            least = other[element]
            if count < least:
                least = count
            if least > 0:
                result[element] = least
        return result

    def __pos__(self):
        return Counter({element: count for element, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({element: 0 - count for element, count in self.items() if count < 0})

    def _drop_non_positive(self):
        for element in [element for element, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for element, count in self.items():
            least = other[element]
            if least < count:
                self[element] = least
        return self._drop_non_positive()

    __class_getitem__ = classmethod(_GenericAlias)


# -- ChainMap -------------------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """One mapping made of several (self.maps): reading looks in each in turn, while writing
    and deleting touch the first only."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # Subscript each layer (not `key in layer`) so that a layer's own __missing__ answers, as a
        # Counter's or a defaultdict's does.
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _all_keys(self):
        # Every key once, listed as CPython lists them: the last mapping's keys first, then the
        # keys each earlier mapping adds.
        keys = {}
        for layer in reversed(self.maps):
            keys.update(dict.fromkeys(layer))
        return keys

    def __len__(self):
        return len(self._all_keys())

    def __iter__(self):
        return iter(self._all_keys())

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_repr_once
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(repr(layer) for layer in self.maps)})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'A chain of one new dict with keys from iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'A chain of a copy of the first mapping followed by the other mappings themselves.'
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A chain of m (a new dict if None), updated with the keywords, before self's maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    # Writing and deleting touch the first mapping only; a KeyError there says so.

    def _change_first(self, change, *key):
        try:
            return change(self.maps[0])
        except KeyError:
            if key:
                raise KeyError(f'Key not found in the first mapping: {key[0]!r}')
            raise KeyError('No keys found in the first mapping.')

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        self._change_first(lambda first: _delitem(first, key), key)

    def pop(self, key, *args):
        return self._change_first(lambda first: first.pop(key, *args), key)

    def popitem(self):
        return self._change_first(lambda first: first.popitem())

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged |= other
        return merged

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in reversed(self.maps):
            flat.update(layer)
        return type(self)(flat)

    __class_getitem__ = classmethod(_GenericAlias)


# -- UserDict, UserList, UserString ---------------------------------------------------------------

def _on_data(owner, names, call=None):
    """Methods for the User* class `owner` that work on self.data: call(self.data, *args) if call is
    given (a builtin such as len), else self.data's own method of each name. One per name, in order."""
    def make(name):
        if call is None:
            def method(self, *args, **kwargs):
                return getattr(self.data, name)(*args, **kwargs)
        else:
            def method(self):
                return call(self.data)
        method.__name__, method.__qualname__ = name, f'{owner}.{name}'
        return method
    return [make(name) for name in names.split()]


def _copy_of_wrapper(self, copy_data):
    """copy.copy of a User* wrapper: a new instance sharing every attribute but a copied .data."""
    twin = type(self).__new__(type(self))
    twin.__dict__.update(self.__dict__)
    twin.__dict__['data'] = copy_data(self.__dict__['data'])
    return twin


class UserDict(_collections_abc.MutableMapping):
    """A dict kept in the .data attribute, for subclasses to build on."""

    def __init__(self, dict=None, /, **kwargs):
        # filled through update (so through a subclass's __setitem__): the positional mapping first
        self.data = {}
        if dict is not None:
            self.update(dict)
        self.update(kwargs)  # nothing to do when no keywords were given

    __len__, __iter__, __repr__ = _on_data('UserDict', '__len__ __iter__ __repr__')
    __setitem__, __delitem__, __contains__ = _on_data('UserDict', '__setitem__ __delitem__ __contains__')

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        # Like dict, a subclass may supply missing values.
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _copy_of_wrapper(self, dict.copy)

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass's copy keeps its other attributes and is filled through its own __setitem__.
        twin = _copy_of_wrapper(self, lambda data: {})
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _data_of(other, wrapper):
    """The plain value behind an instance of the User* class `wrapper` (its .data), or other."""
    return other.data if isinstance(other, wrapper) else other


class UserList(_collections_abc.MutableSequence):
    """A list kept in the .data attribute, for subclasses to build on."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(_data_of(initlist, UserList))

    __repr__, = _on_data('UserList', '__repr__')

    def __lt__(self, other):
        return self.data < _data_of(other, UserList)

    def __le__(self, other):
        return self.data <= _data_of(other, UserList)

    def __eq__(self, other):
        return self.data == _data_of(other, UserList)

    def __gt__(self, other):
        return self.data > _data_of(other, UserList)

    def __ge__(self, other):
        return self.data >= _data_of(other, UserList)

    __hash__ = None

    __contains__, __len__, __setitem__, __delitem__ = _on_data(
        'UserList', '__contains__ __len__ __setitem__ __delitem__')

    def __getitem__(self, i):
        # a slice is a new wrapper of the subclass's type; an index gives the item itself
        item = self.data[i]
        return type(self)(item) if isinstance(i, slice) else item

    @staticmethod
    def _as_list(other):
        other = _data_of(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_of_wrapper(self, list.copy)

    # list's own methods, on the wrapped list
    append, insert, pop, remove, clear = _on_data('UserList', 'append insert pop remove clear')
    count, index, reverse, sort = _on_data('UserList', 'count index reverse sort')

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_data_of(other, UserList))


# str's methods as UserString offers them, by what they return and whether a UserString argument
# is read as its text (CPython's choices): some return a UserString of the result, the rest what
# str returns.
_REWRAPPED = ('capitalize casefold center expandtabs ljust lower lstrip rjust rstrip strip '
              'swapcase title translate upper zfill')
_REWRAPPED_READING_TEXT = 'removeprefix removesuffix replace'
_PLAIN = ('endswith format format_map isalnum isalpha isascii isdecimal isdigit isidentifier '
          'islower isnumeric isprintable isspace istitle isupper join partition rpartition rsplit '
          'split splitlines startswith')
_PLAIN_READING_TEXT = 'count find index rfind rindex'


def _str_method(name, rewrap, reads_text):
    """UserString's version of str.<name>, over self.data."""
    of_str = getattr(str, name)

    def method(self, *args, **kwargs):
        if reads_text:
            args = [_data_of(arg, UserString) for arg in args]
        result = of_str(self.data, *args, **kwargs)
        return type(self)(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    method.__doc__ = of_str.__doc__
    return method


class UserString(_collections_abc.Sequence):
    """A str kept in the .data attribute, for subclasses to build on."""

    def __init__(self, seq):
        seq = _data_of(seq, UserString)
        self.data = seq if isinstance(seq, str) else str(seq)

    # the text's own conversions: str(), repr(), int(), float(), complex() and hash() of self.data
    __str__, = _on_data('UserString', '__str__', str)
    __repr__, = _on_data('UserString', '__repr__', repr)
    __int__, = _on_data('UserString', '__int__', int)
    __float__, = _on_data('UserString', '__float__', float)
    __complex__, = _on_data('UserString', '__complex__', complex)
    __hash__, = _on_data('UserString', '__hash__', hash)
    __len__, = _on_data('UserString', '__len__', len)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _data_of(string, UserString)

    def __lt__(self, string):
        return self.data < _data_of(string, UserString)

    def __le__(self, string):
        return self.data <= _data_of(string, UserString)

    def __gt__(self, string):
        return self.data > _data_of(string, UserString)

    def __ge__(self, string):
        return self.data >= _data_of(string, UserString)

    def __contains__(self, char):
        return _data_of(char, UserString) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = _data_of(other, UserString)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


for _names, _rewrap, _reads_text in ((_REWRAPPED, True, False),
                                     (_REWRAPPED_READING_TEXT, True, True),
                                     (_PLAIN, False, False),
                                     (_PLAIN_READING_TEXT, False, True)):
    for _name in _names.split():
        setattr(UserString, _name, _str_method(_name, _rewrap, _reads_text))
del _names, _rewrap, _reads_text, _name


# CPython's package exposes its abc submodule as an attribute once imported.
from collections import abc


# _collections' static types: messages name them by their tp_name, 'collections.OrderedDict'
_set_tp_name(OrderedDict, 'collections.OrderedDict')
_set_tp_name(defaultdict, 'collections.defaultdict')
del _set_tp_name
