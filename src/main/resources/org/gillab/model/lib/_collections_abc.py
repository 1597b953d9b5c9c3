"""The container ABCs: the GIL Lab model's _collections_abc, which collections.abc re-exports.

Mirrors the behaviour of CPython 3.11's Lib/_collections_abc.py as the collections.abc docs describe
it; written for the model, not copied. Three mechanisms make the ABCs useful:
- duck typing: the one-protocol ABCs (Iterable, Sized, Callable, Hashable...) count every class whose
  MRO defines their methods as a subclass, unless the method is set to None there;
- registration: the built-in types are registered under the richer ABCs they behave as (list is a
  MutableSequence, dict a MutableMapping, frozenset a Set...), which duck typing cannot decide;
- mixins: each collection ABC implements its remaining methods on top of the abstract ones, so a class
  that writes __getitem__ and __len__ gets a whole Sequence.
The model has no async def, so the asynchronous ABCs are here for isinstance checks only.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

# CPython defines the ABCs here but shows them as collections.abc's: <class 'collections.abc.Sized'>.
__name__ = "collections.abc"

GenericAlias = type(dict[str, int])
# The generic ABCs subscript as list does: Iterable[int] is a GenericAlias.
_subscriptable = classmethod(GenericAlias)

# The concrete built-in types the registrations at the end name (CPython keeps these names here too).
_views = ({}.keys(), {}.values(), {}.items())
dict_keys, dict_values, dict_items = map(type, _views)
dict_keyiterator, dict_valueiterator, dict_itemiterator = (type(iter(view)) for view in _views)
(bytes_iterator, bytearray_iterator, list_iterator, range_iterator, set_iterator, str_iterator,
 tuple_iterator) = (type(iter(empty)) for empty in (b"", bytearray(), [], range(0), set(), "", ()))
del _views
list_reverseiterator = type(reversed([]))
zip_iterator = type(zip())
mappingproxy = type(object.__dict__)


def _make_generator():
    yield


generator = type(_make_generator())
del _make_generator


async def _make_async_generator():
    yield


async_generator = type(_make_async_generator())
del _make_async_generator


# --- duck typing --------------------------------------------------------------------------------

def _lookup_in_mro(candidate, name):
    """What the first class of candidate's MRO that defines name binds it to (None if none does)."""
    for klass in candidate.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return None


def _check_methods(candidate, *names):
    """True when candidate's MRO defines every name (none of them as None), else NotImplemented.
    CPython's one-protocol ABCs share a private helper of this name that other modules (contextlib,
    os.PathLike, third-party ABCs) import, so the model's offers the same call."""
    if any(_lookup_in_mro(candidate, name) is None for name in names):
        return NotImplemented
    return True


def _duck_typed(*required):
    """A __subclasshook__ for a one-protocol ABC: a class defining every name in required (none of
    them as None) is a subclass. Only the ABC that owns the hook checks methods: its subclasses
    (Sequence under Iterable, a user's class deriving from Sized) go by inheritance and registration."""

    def __subclasshook__(cls, candidate):
        if cls.__dict__.get("__subclasshook__") is not hook:
            return NotImplemented
        return _check_methods(candidate, *required)

    hook = classmethod(__subclasshook__)
    return hook


def _raise_thrown(typ, val, tb):
    """throw(typ[, val[, tb]]) of the generator-like ABCs: raise what the three arguments describe."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        raise val.with_traceback(tb)
    raise val


def _close_by_throwing(target, kind):
    """close() of the generator-like ABCs: throw GeneratorExit in; the target must not swallow it."""
    try:
        target.throw(GeneratorExit)
    except (StopIteration, GeneratorExit):
        return
    raise RuntimeError(f"{kind} ignored GeneratorExit")


# --- the one-protocol ABCs ----------------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__hash__")

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__await__")
    __class_getitem__ = _subscriptable

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__await__", "send", "throw", "close")

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "coroutine")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__aiter__")
    __class_getitem__ = _subscriptable

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__anext__", "__aiter__")

    # A coroutine function in CPython; the model cannot define one, so it raises when called.
    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__aiter__", "__anext__", "asend", "athrow", "aclose")

    # Coroutine functions in CPython, like AsyncIterator.__anext__.
    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def aclose(self):
        try:
            self.athrow(GeneratorExit)
        except (StopAsyncIteration, GeneratorExit):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__iter__")
    __class_getitem__ = _subscriptable

    @abstractmethod
    def __iter__(self):
        return
        yield


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__iter__", "__next__")

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__reversed__", "__iter__")

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__iter__", "__next__", "send", "throw", "close")

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "generator")


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__len__")

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__contains__")
    __class_getitem__ = _subscriptable

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _duck_typed("__call__")

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# --- sets -----------------------------------------------------------------------------------------

def _as_set_operand(aset, other):
    """other as a Set for aset's -, ^ and their reflections (any iterable will do, made into a Set
    by aset's _from_iterable); None when it is not iterable, so the operator returns NotImplemented."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return aset._from_iterable(other)
    return None


def _within(part, whole):
    """Whether every element of the Set part is in the Set whole (sizes first: the cheap answer)."""
    return len(part) <= len(whole) and all(item in whole for item in part)


class Set(Collection):
    """A finite collection of distinct elements: every set operation and comparison, built on
    __contains__, __iter__ and __len__. Results are made by _from_iterable (override it when the
    class's constructor does not take an iterable). Override __le__ and __ge__ for speed: the
    other comparisons are defined through them."""
    __slots__ = ()

    # The comparisons only know other Sets; NotImplemented lets Python try the reflected one.
    def __le__(self, other):
        return _within(self, other) if isinstance(other, Set) else NotImplemented

    def __ge__(self, other):
        return _within(other, self) if isinstance(other, Set) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        """The Set the operators return; by default the class called with an iterable."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for part in (self, other) for item in part)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        operand = _as_set_operand(self, other)
        if operand is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in operand)

    def __rsub__(self, other):
        operand = _as_set_operand(self, other)
        if operand is None:
            return NotImplemented
        return self._from_iterable(item for item in operand if item not in self)

    def __xor__(self, other):
        operand = _as_set_operand(self, other)
        if operand is None:
            return NotImplemented
        return (self - operand) | (operand - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """Whether self and the iterable other have no element in common."""
        return not any(item in self for item in other)

    def _hash(self):
        """A hash for an immutable Set that equals hash(frozenset(self)) for the same elements:
        CPython's frozenset hash (setobject.c), computed in the unsigned arithmetic of Py_hash_t's
        width. Sets are mutable by default, so Set defines no __hash__; an immutable subclass can
        say __hash__ = Set._hash."""
        width = sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        # Each element's hash is spread out first, so that nearby hashes do not cancel in the xor.
        combined = 0
        for item in self:
            h = hash(item)
            combined ^= ((h ^ 89869747 ^ (h << 16)) * 3644798167) & mask
        combined ^= ((len(self) + 1) * 1927868237) & mask
        combined ^= (combined >> 11) ^ (combined >> 25)
        combined = (combined * 69069 + 907133923) & mask
        if combined > sys.maxsize:
            combined -= mask + 1
        return 590923713 if combined == -1 else combined


class MutableSet(Set):
    """A Set that changes in place: add and discard are abstract; remove, pop, clear and the
    augmented operators (|= &= ^= -=) are built on them."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element (by pop, until it raises KeyError)."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggled = it if isinstance(it, Set) else self._from_iterable(it)
        for value in toggled:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings -------------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: get, in, keys, items, values and == built on __getitem__, __iter__ and
    __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 6    # Py_TPFLAGS_MAPPING: match statements' mapping patterns take it

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return KeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return ItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            # Order does not matter, as for dicts: compare the items as dicts.
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # reversed() of a Mapping is an error unless the class says otherwise (dict does).
    __reversed__ = None


class MappingView(Sized):
    """What Mapping's keys(), items() and values() return: a live view of the mapping."""
    __slots__ = ("_mapping",)
    __class_getitem__ = _subscriptable

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # The set operators on views make plain sets, as dict's views do.
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        # Identity first, then ==, as the built-in containers test elements.
        mapping = self._mapping
        for key in mapping:
            found = mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A mapping that changes in place: pop, popitem, clear, update and setdefault built on
    __setitem__ and __delitem__ (and Mapping's abstract methods)."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """D.pop(k[,d]) -> v: remove key k and return its value; d if k is missing and d is given,
        else KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """D.popitem() -> (k, v): remove and return some (key, value) pair; KeyError if D is empty."""
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """D.clear() -> None: remove every item (by popitem, until it raises KeyError)."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None: set D[k] for each key of E (a mapping, or anything with
        keys()) or each (k, v) pair of the iterable E, then for each keyword argument."""
        # A Mapping, or anything else with keys(), gives its keys; any other iterable (key, value) pairs.
        if isinstance(other, Mapping):
            source_keys = other
        elif hasattr(other, "keys"):
            source_keys = other.keys()
        else:
            source_keys = ()
            for key, value in other:
                self[key] = value
        for key in source_keys:
            self[key] = other[key]
        for name, value in kwds.items():
            self[name] = value

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# --- sequences ------------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, in, reversed(), index and count built on __getitem__ (with
    indexes from 0 until it raises IndexError) and __len__."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 5    # Py_TPFLAGS_SEQUENCE: match statements' sequence patterns take it

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        index = 0
        while True:
            try:
                value = self[index]
            except IndexError:
                return
            yield value
            index += 1

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for index in range(len(self) - 1, -1, -1):
            yield self[index]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer: the first index of value (ValueError if it is
        not there); start and stop as in slices, negative ones counting from the end."""
        if start is not None:
            if start < 0:
                start = max(0, start + len(self))
        if stop is not None:
            if stop < 0:
                stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """S.count(value) -> integer: how many items equal value."""
        return sum(1 for item in self if item is value or item == value)


class ByteString(Sequence):
    """bytes and bytearray: sequences of small integers."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes in place: append, clear, reverse, extend, pop, remove and += built on
    __setitem__, __delitem__ and insert."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """S.insert(index, value): insert value before index."""
        raise IndexError

    def append(self, value):
        """S.append(value): add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """S.clear() -> None: remove every item (by pop, until it raises IndexError)."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """S.reverse(): reverse the items in place, swapping them pairwise from both ends."""
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """S.extend(iterable): append each of its values (extending by itself appends a copy)."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """S.pop([index]) -> item: remove and return the item at index (default the last);
        IndexError if the sequence is empty or index is out of range."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """S.remove(value): remove the first occurrence of value (ValueError if there is none)."""
        position = self.index(value)
        del self[position]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the built-in types, registered where duck typing cannot place them -------------------------

for _abc, _members in (
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                    dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                    set_iterator, str_iterator, tuple_iterator, zip_iterator)),
        (Generator, (generator,)),
        (AsyncGenerator, (async_generator,)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (mappingproxy,)),
        (MutableMapping, (dict,)),
        (KeysView, (dict_keys,)),
        (ItemsView, (dict_items,)),
        (ValuesView, (dict_values,)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray))):
    for _member in _members:
        _abc.register(_member)
del _abc, _members, _member
