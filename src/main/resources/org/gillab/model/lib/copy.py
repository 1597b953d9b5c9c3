"""Shallow and deep copy operations: the GIL Lab model's copy module.

Written for the model (not copied) to behave as CPython 3.11's Lib/copy.py does: atomic values are
returned as they are; lists, dicts, sets, tuples and bound methods are copied directly; a class's
__copy__ / __deepcopy__ is used when it has one, else what copyreg.dispatch_table or the object's
__reduce_ex__(4) reduces it to (object's, through copyreg, for instances of ordinary classes), which
_reconstruct rebuilds. deepcopy keeps a memo, so shared and recursive structures come out shared and
recursive.
"""

import types
from copyreg import dispatch_table

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
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    return x if isinstance(rv, str) else _reconstruct(x, None, *rv)


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
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
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


def _reduce(x, cls, error):
    """What rebuilds x, as pickle would ask for it: copyreg's registered reducer, else x.__reduce_ex__(4)."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(error % cls)


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
