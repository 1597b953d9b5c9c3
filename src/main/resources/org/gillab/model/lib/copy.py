"""Shallow and deep copy operations: the GIL Lab model's copy module.

Written for the model (not copied) to behave as CPython 3.11's Lib/copy.py does: atomic values are
returned as they are; lists, dicts, sets, tuples and bound methods are copied directly; a class's
__copy__ / __deepcopy__ is used when it has one, then its __reduce_ex__ / __reduce__ when it defines
one. Instances of ordinary classes need no reduce protocol here: they are rebuilt as object's
reduce_ex(4) would describe them (cls.__new__ with __getnewargs__, then __setstate__ or the
__dict__ and __slots__ values, then a list's or dict's items), which the model's object does not
implement. deepcopy keeps a memo, so shared and recursive structures come out shared and recursive.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatible name

# What copy() returns as it is, and what deepcopy() does (a frozenset's items may need copying).
_IMMUTABLE = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str, tuple,
                        frozenset, range, slice, property, types.BuiltinFunctionType, types.FunctionType,
                        types.CodeType])
_ATOMIC = frozenset([type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str, range,
                     property, types.BuiltinFunctionType, types.FunctionType, types.CodeType])

# How the built-in types the model gives no __reduce__ are rebuilt, as their __reduce__ says on CPython.
_BUILT_IN_REDUCE = {
    set: lambda x: (set, (list(x),)),
    frozenset: lambda x: (frozenset, (list(x),)),
    bytearray: lambda x: (bytearray, (bytes(x),)),
    slice: lambda x: (slice, (x.start, x.stop, x.step)),
}


def copy(x):
    """A shallow copy of x: a new container holding the same items, a new instance sharing its attributes."""
    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: everything it holds copied too, each object once (memo maps id() to copies)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied this very tuple (through a cycle via a mutable item).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if copied is not original:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keeps x alive for as long as the memo is, so that its id() is not reused meanwhile."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class statement made the type


def _reduce(x, cls):
    """What rebuilds x: (callable, args, state, list items, dict items, state setter), as __reduce_ex__(4) gives."""
    own = _defined_reduce(cls)
    if own is not None:
        rv = own(x)
        if isinstance(rv, str):
            return (rv,)
        if not isinstance(rv, tuple):
            raise Error("%s must return string or tuple" % own.__name__)
        return rv
    if isinstance(x, BaseException):
        return type(x), x.args, _instance_dict(x) or None
    if cls in _BUILT_IN_REDUCE:
        return _BUILT_IN_REDUCE[cls](x)
    if not cls.__flags__ & _HEAPTYPE:
        return x.__reduce_ex__(4)  # a built-in type's own, or object's "cannot pickle 'X' object" TypeError
    return _newobj_reduce(x, cls)


def _defined_reduce(cls):
    """The __reduce_ex__ (called with 4) or __reduce__ a Python class defines, or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        namespace = vars(klass)
        if "__reduce_ex__" in namespace:
            method = namespace["__reduce_ex__"]
            return lambda x: method(x, 4)
        if "__reduce__" in namespace:
            method = namespace["__reduce__"]
            return lambda x: method(x)
    return None


def _instance_dict(x):
    try:
        return x.__dict__
    except AttributeError:
        return None


def _slot_names(cls):
    """The names of the __slots__ values along cls's MRO, private names mangled."""
    names = []
    for klass in cls.__mro__:
        slots = vars(klass).get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _default_state(x, cls):
    """object.__getstate__: the instance dict (None when empty), with a dict of set slots beside it if any."""
    state = _instance_dict(x) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _newobj_reduce(x, cls):
    """object.__reduce_ex__(4) of an instance of a class: cls.__new__(cls, *args) and its state."""
    kwargs = {}
    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args = x.__getnewargs__()
    else:
        args = ()
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None and _defines(cls, "__getstate__") else _default_state(x, cls)
    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return _new_instance, (cls, args, kwargs), state, list_items, dict_items


def _defines(cls, name):
    return any(name in vars(klass) for klass in cls.__mro__ if klass is not object)


def _new_instance(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            else:
                slot_state = None
            if state:
                y.__dict__.update(state)
            if slot_state:
                for key, value in slot_state.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
