"""Weak references: the GIL Lab model's weakref module.

Mirrors CPython 3.11's Lib/weakref.py and Lib/_weakrefset.py (WeakSet); written for the model from
their documentation and from experiments with python3, not copied. The reference type itself and the
questions about an object's weak references come from the Java module _weakref (WeakrefModule.java).

The model counts references as CPython does, so an object dies, and its weak references are cleared
and their callbacks called, exactly when its last strong reference goes. What differs: the model has
no cycle collector, so objects in an unreachable cycle never die; proxy is not implemented. The containers below take care not to form cycles with their own callbacks: each
callback reaches its container through a weak reference.
"""

from _weakref import getweakrefcount, getweakrefs, ref, ReferenceType, _remove_dead_weakref
import _collections_abc
import itertools
import sys

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_GenericAlias = type(list[int])


def _container_callback(container, on_death):
    """A weak reference callback that calls on_death(container, dead_ref) while the container lives.

    Holding the container only weakly keeps the container and its entries' references out of a cycle,
    which the model (with no cycle collector) could never free."""
    container_ref = ref(container)

    def callback(dead_ref):
        owner = container_ref()
        if owner is not None:
            on_death(owner, dead_ref)
    return callback


def _pairs_of(other, keywords):
    """The (key, value) pairs update() stores: other's (a mapping, or pairs as dict() takes them), then
    the keywords'."""
    if other is not None:
        yield from (other if hasattr(other, "items") else dict(other)).items()
    yield from keywords.items()


# --- WeakMethod ---------------------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as both its object and its function.

    Calling it rebuilds the bound method, or returns None once either part has died. The callback, if
    any, runs once, when the first of the two dies."""

    # CPython declares __slots__ here and on KeyedRef; the model's slots do not work on subclasses of
    # ref (their descriptors refuse the instances), so both keep their attributes in a __dict__.

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        on_part_death = _WeakMethodDeath(callback)
        self = ref.__new__(cls, target, on_part_death)
        self._function_ref = ref(function, on_part_death)
        self._method_type = type(meth)
        self._pending_callback = True
        on_part_death.owner = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target = ref.__call__(self)
        function = self._function_ref()
        if target is None or function is None:
            return None
        return self._method_type(function, target)

    # While both parts live, two WeakMethods are equal when they would rebuild equal methods; once
    # either has died a WeakMethod equals only itself.
    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._both_alive() and other._both_alive():
            return ref.__eq__(self, other) and self._function_ref == other._function_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._both_alive() and other._both_alive():
            return ref.__ne__(self, other) or self._function_ref != other._function_ref
        return self is not other

    __hash__ = ref.__hash__

    def _both_alive(self):
        return ref.__call__(self) is not None and self._function_ref() is not None


class _WeakMethodDeath:
    """The callback shared by a WeakMethod's two references: the user's callback, called only once."""

    def __init__(self, callback):
        self.callback = callback
        self.owner = None

    def __call__(self, dead_ref):
        method_ref = self.owner() if self.owner is not None else None
        if method_ref is None or not method_ref._pending_callback:
            return
        method_ref._pending_callback = False
        if self.callback is not None:
            self.callback(method_ref)


# --- What both weak dictionaries share -------------------------------------------------------------------

class _WeakMapping(_collections_abc.MutableMapping):
    """update, the dict union operators (PEP 584) and subscripting the class, as both weak dictionaries
    have them."""

    def update(self, other=None, /, **kwargs):
        for key, value in _pairs_of(other, kwargs):
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# --- WeakValueDictionary --------------------------------------------------------------------------------

class KeyedRef(ref):
    """A weak reference that also remembers the key it is stored under (WeakValueDictionary's entries)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _drop_dead_value(container, dead_ref):
    # Only if the key still maps to this very reference: it may have been reassigned since.
    _remove_dead_weakref(container.data, dead_ref.key)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._on_value_death = _container_callback(self, _drop_dead_value)
        self.update(other, **kw)

    def _wrap(self, key, value):
        return KeyedRef(value, self._on_value_death, key)

    def _live_pairs(self):
        # Iterate over a snapshot, so values dying (and their entries going) mid-iteration are harmless.
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._wrap(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            value_ref = self.data[key]
        except KeyError:
            return False
        return value_ref() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def itervaluerefs(self):
        """The KeyedRef entries whose values are still alive, one at a time."""
        for value_ref in list(self.data.values()):
            if value_ref() is not None:
                yield value_ref

    def valuerefs(self):
        """A list of the KeyedRef entries (their values may die while the caller holds the list)."""
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            return default
        return default if value is None else value

    def pop(self, key, *args):
        value_ref = self.data.pop(key, None)
        value = None if value_ref is None else value_ref()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is not None:
            return value
        self.data[key] = self._wrap(key, default)
        return default

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._live_pairs():
            duplicate[deepcopy(key, memo)] = value
        return duplicate


# --- WeakKeyDictionary ----------------------------------------------------------------------------------

def _drop_dead_key(container, dead_ref):
    # A dead reference still hashes as it did and equals itself, so it finds its own entry.
    container.data.pop(dead_ref, None)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies.

    Keys are looked up through ref(key), which hashes and compares as the key does."""

    def __init__(self, dict=None):
        self.data = {}
        self._on_key_death = _container_callback(self, _drop_dead_key)
        if dict is not None:
            self.update(dict)

    def _live_pairs(self):
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._on_key_death)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:       # what cannot be weakly referenced cannot be a key
            return False
        return key_ref in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._on_key_death), default)

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._live_pairs():
            duplicate[key] = deepcopy(value, memo)
        return duplicate


# --- WeakSet (CPython's _weakrefset) ----------------------------------------------------------------------

def _drop_dead_member(container, dead_ref):
    container.data.discard(dead_ref)


class WeakSet:
    """A set whose members are held weakly: a member leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._on_member_death = _container_callback(self, _drop_dead_member)
        if data is not None:
            self.update(data)

    def _refs_to(self, items):
        return {ref(item) for item in items}

    def __iter__(self):
        for member_ref in list(self.data):
            member = member_ref()
            if member is not None:
                yield member

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            item_ref = ref(item)
        except TypeError:
            return False
        return item_ref in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        extra = {name: value for name, value in vars(self).items()
                 if name not in ("data", "_on_member_death")}
        return type(self), (list(self),), extra or None

    __class_getitem__ = classmethod(_GenericAlias)

    # Mutation, one member at a time.
    def add(self, item):
        self.data.add(ref(item, self._on_member_death))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def pop(self):
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError("pop from empty WeakSet")

    def copy(self):
        return type(self)(self)

    # Mutation by another iterable; each returns None, its operator form returns self.
    def update(self, other):
        for item in other:
            self.add(item)

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs_to(other))

    def intersection_update(self, other):
        self.data.intersection_update(self._refs_to(other))

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({ref(item, self._on_member_death) for item in other})

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # New sets, of this set's class; like CPython's, the operators accept any iterable.
    def _derived(self, update, other):
        result = self.copy()
        update(result, other)
        return result

    def union(self, other):
        return self._derived(WeakSet.update, other)

    def difference(self, other):
        return self._derived(WeakSet.difference_update, other)

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        return self._derived(WeakSet.symmetric_difference_update, other)

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # Comparisons.
    def issubset(self, other):
        return self.data.issubset(self._refs_to(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs_to(other))

    def isdisjoint(self, other):
        return not self.intersection(other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._refs_to(other)

    def __gt__(self, other):
        return self.data > self._refs_to(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs_to(other)

    __hash__ = None


# CPython's WeakSet comes from its _weakrefset module, which the model folds into this one.
WeakSet.__module__ = "_weakrefset"
_collections_abc.MutableSet.register(WeakSet)


class _Finalizer:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Calls func(*args, **kwargs) once: when obj dies, when called, or at exit (unless atexit is False).

    The class's registry keeps every live finalizer alive until it runs or is detached, so a program
    need not keep one; at exit the ones left run newest first."""

    _registry = {}
    _shutdown = False
    _indexes = itertools.count()
    _exit_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_registered:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_registered = True
        info = _Finalizer()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._indexes)
        self._registry[self] = info

    def __call__(self, _=None):
        """Runs the callback if it has not run (nor been detached) yet; returns what it returns, else None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def _live_info(self):
        """The finalizer's record and its object, while both are there."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        return (info, obj) if obj is not None else (None, None)

    def detach(self):
        """Unregisters the finalizer and returns (obj, func, args, kwargs) if it was alive, else None."""
        info, obj = self._live_info()
        if info is not None and self._registry.pop(self, None):
            return obj, info.func, info.args, info.kwargs or {}

    def peek(self):
        """(obj, func, args, kwargs) while the finalizer is alive, else None."""
        info, obj = self._live_info()
        if info is not None:
            return obj, info.func, info.args, info.kwargs or {}

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _run_at_exit(cls):
        """The finalizers still alive with atexit set, newest first (one may create or run others)."""
        try:
            while True:
                pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
                if not pending:
                    break
                finalizer = max(pending, key=lambda entry: entry[0])[1]
                try:
                    finalizer()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            cls._shutdown = True
            cls._registry.clear()
