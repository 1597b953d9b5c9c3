"""Helpers for pickle and copy: the GIL Lab model's copyreg module.

Written for the model (not copied) to behave as CPython 3.11's Lib/copyreg.py does: the dispatch table
that copyreg.pickle() fills (pickle and copy consult it before an object's own __reduce_ex__), the
reconstructors that reductions name (__newobj__, __newobj_ex__, _reconstructor) and the extension
registry of pickle's EXT opcodes. The model's object.__reduce_ex__, __reduce__ and __getstate__ call
the functions at the bottom, which do what Objects/typeobject.c does in C on CPython.
"""

from _traceback import hide_frames
from _typeobject import tp_name as _tp_name

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def constructor(object):
    """Accepts a callable that rebuilds objects; pickle finds it by name, so only the check remains."""
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as what reduces instances of ob_type (exactly that type) for pickle and copy."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # registered even when the constructor is then refused, as CPython does
    if constructor_ob is not None:
        constructor(constructor_ob)


# The reductions registered at import: complex numbers and X | Y unions have no __reduce__ of their own.

def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str | bytes is rebuilt by folding | over its arguments again
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: the class was made by a class statement
_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: _reconstructor with the nearest built-in base."""
    assert proto < 2
    cls = self.__class__
    base = next((klass for klass in cls.__mro__ if not klass.__flags__ & _HEAPTYPE), object)
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    # the built-in part of the instance travels as a value of its base: int(self), list(self), ...
    reconstruct = (cls, base, None if base is object else base(self))
    own_getstate = getattr(self, "__getstate__", None)
    if own_getstate is None:
        state = getattr(self, "__dict__", None)
    elif type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    else:
        state = own_getstate()
    if state:
        return _reconstructor, reconstruct, state
    return _reconstructor, reconstruct


# Protocols 0 and 1 rebuild an instance as its nearest built-in base holding the state, then the class.

def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    # a built-in base that takes its value in __init__ (list, say) is filled there
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# Protocol 2's NEWOBJ and protocol 4's NEWOBJ_EX call these on unpickling.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's __slots__ values along its MRO, private names mangled; cached as cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = [name for klass in cls.__mro__ for name in _own_slot_values(klass)] if hasattr(cls, "__slots__") else []
    try:
        cls.__slotnames__ = found
    except Exception:
        pass  # a built-in type: nothing cached
    return found


def _own_slot_values(klass):
    """The value slots klass itself declares (a lone string is one slot), as their attributes are named."""
    declared = klass.__dict__.get("__slots__", ())
    for name in (declared,) if isinstance(declared, str) else declared:
        if name not in ("__dict__", "__weakref__"):
            yield _mangle(klass, name)


def _mangle(klass, name):
    # __x in class _C is stored as _C__x; a class named only of underscores mangles nothing
    owner = klass.__name__.lstrip("_")
    if owner and name.startswith("__") and not name.endswith("__"):
        return "_" + owner + name
    return name


# The extension registry: globals pickled as EXT1/EXT2/EXT4 codes (protocol 2 and up).

_extension_registry = {}  # (module, qualname) -> code
_inverted_registry = {}  # code -> (module, qualname)
_extension_cache = {}  # code -> object


def add_extension(module, name, code):
    """Registers an extension code for the global module.name."""
    key, code = (module, name), int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code. For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# What Objects/typeobject.c does on CPython, for the model's object methods: C there, so tracebacks show
# none of their frames (hide_frames).

@hide_frames
def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__: the class's own __reduce__ when it overrides object's, else the default reduction."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if protocol >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, protocol)


@hide_frames
def _reduce_newobj(obj):
    """reduce_newobj: cls.__new__ with __getnewargs_ex__'s or __getnewargs__'s arguments, then the state."""
    cls = type(obj)
    args, kwargs = _newargs(obj)
    if not kwargs:
        newobj, newargs = __newobj__, (cls,) + (args or ())
    else:
        newobj, newargs = __newobj_ex__, (cls, args, kwargs)
    state = _getstate(obj, not (args is not None or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


@hide_frames
def _newargs(obj):
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(result).__name__)
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(result))
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


@hide_frames
def _getstate(obj, required):
    """object_getstate: the class's __getstate__ if it defines one, else object's (required: the state must be all)."""
    if type(obj).__getstate__ is not object.__getstate__:
        return obj.__getstate__()
    return _object_state(obj, required)


@hide_frames
def _object_state(obj, required):
    """object.__getstate__: the instance dict (None when empty) and, when any are set, a dict of the __slots__ values.

    required: an instance of a built-in type (other than object) keeps state of its own that this cannot
    hold, so it cannot be pickled without arguments for its __new__ (CPython compares tp_basicsize).
    """
    cls = type(obj)
    if required:
        base = next(klass for klass in cls.__mro__ if not klass.__flags__ & _HEAPTYPE)
        if base is not object:
            raise TypeError("cannot pickle '%s' object" % _tp_name(cls))
    state = getattr(obj, "__dict__", None) or None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state
