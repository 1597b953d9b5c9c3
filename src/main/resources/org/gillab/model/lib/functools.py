"""Higher-order functions and operations on callables: the GIL Lab model's functools module.

Mirrors the behaviour of CPython 3.11's Lib/functools.py (with its C accelerator _functools);
written for the model from the documentation and from experiments with python3, not copied.
Most of it is Python, so it runs under the model's GIL as the pure-Python parts of CPython's
module do. partial, reduce and cmp_to_key's KeyWrapper are Java (_functools), as CPython's are C,
and show no frames in tracebacks.

lru_cache's wrapper is Java, as CPython's is C (_functools._lru_cache_wrapper, FunctoolsModule):
a cache hit costs one call. The cached function runs outside the cache's lock, so concurrent
misses on one key may both compute, as in CPython.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

import abc as _abc
import collections as _collections
from types import GenericAlias, MappingProxyType, UnionType
from _thread import RLock
from _functools import _lru_cache_wrapper, cmp_to_key, partial, reduce

# Sentinel for "argument not given" / "no value cached"; never visible to users.
_ABSENT = object()

# partial[int], cached_property[int]...: the classes CPython makes generic.
_GENERIC_ALIAS = classmethod(GenericAlias)


def _is_abstract(wrapped):
    # A descriptor wrapping an abstract method is abstract too (abc looks at this attribute).
    return getattr(wrapped, '__isabstractmethod__', False)


# --- update_wrapper / wraps --------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes it has, merge the
    `updated` mappings into the wrapper's, and point wrapper.__wrapped__ at wrapped."""
    for name in assigned:
        found = getattr(wrapped, name, _ABSENT)
        if found is not _ABSENT:
            setattr(wrapper, name, found)
    for name in updated:
        mapping = getattr(wrapper, name)
        mapping.update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ merged in from wrapped's __dict__ does not win.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function, with `wrapped`
    and the other arguments fixed (CPython returns a partial of update_wrapper too)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering ----------------------------------------------------------------------
# Each derived method calls the root through type(self), hands NotImplemented back unchanged
# and otherwise combines the root's answer with == / != as its docstring says. Their code names
# are CPython's, since tracebacks show them.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    return op_result if op_result is NotImplemented else (not op_result and self != other)

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    return op_result if op_result is NotImplemented else (op_result or self == other)

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    return op_result if op_result is NotImplemented else not op_result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    return op_result if op_result is NotImplemented else (not op_result or self == other)

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    return op_result if op_result is NotImplemented else (op_result and self != other)

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    return op_result if op_result is NotImplemented else not op_result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    return op_result if op_result is NotImplemented else (not op_result and self != other)

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    return op_result if op_result is NotImplemented else (op_result or self == other)

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    return op_result if op_result is NotImplemented else not op_result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    return op_result if op_result is NotImplemented else (not op_result or self == other)

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    return op_result if op_result is NotImplemented else (op_result and self != other)

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    return op_result if op_result is NotImplemented else not op_result

# root operation -> the operations derived from it, with their implementations
_DERIVED_FROM = {
    '__lt__': {'__gt__': _gt_from_lt, '__le__': _le_from_lt, '__ge__': _ge_from_lt},
    '__le__': {'__ge__': _ge_from_le, '__lt__': _lt_from_le, '__gt__': _gt_from_le},
    '__gt__': {'__lt__': _lt_from_gt, '__ge__': _ge_from_gt, '__le__': _le_from_gt},
    '__ge__': {'__le__': _le_from_ge, '__gt__': _gt_from_ge, '__lt__': _lt_from_ge},
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # Operations the class (or a base other than object) defines; CPython prefers, among them,
    # the greatest name: __lt__, then __le__, __gt__, __ge__.
    defined = [op for op in _DERIVED_FROM if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for op, method in _DERIVED_FROM[root].items():
        if op not in defined:
            method.__name__ = op
            setattr(cls, op, method)
    return cls


# --- cmp_to_key, reduce -------------------------------------------------------------------
# Java, as CPython's are C (_functools, FunctoolsKeyWrapper and FunctoolsModule): a comparison or
# fold function that raises shows no frame of theirs.

# --- partial -------------------------------------------------------------------------------
# Java, as CPython's is C (_functools.partial, FunctoolsPartial): a call through it adds no traceback
# entry and costs no recursion depth.

class partialmethod:
    """partial() for methods: a descriptor that binds like func (a function, classmethod,
    staticmethod or other descriptor; a plain callable binds as a function would) and then
    applies the stored arguments first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        inner = func if isinstance(func, partialmethod) else None
        # A partialmethod of a partialmethod merges into one rather than nesting descriptors.
        self.func = inner.func if inner else func
        self.args = inner.args + args if inner else args
        self.keywords = dict(inner.keywords, **keywords) if inner else keywords

    def __repr__(self):
        cls = type(self)
        # CPython joins three parts even when one is empty, hence "f, , )".
        return '%s.%s(%s, %s, %s)' % (
            cls.__module__, cls.__qualname__, repr(self.func), ', '.join(map(repr, self.args)),
            ', '.join('%s=%r' % item for item in self.keywords.items()))

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor (function, classmethod, staticmethod...) bound for this access.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._make_unbound_method().__get__(obj, cls)

    def _make_unbound_method(self):
        # A plain callable is made into a function so that it binds like a method.
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__dict__.update(__isabstractmethod__=_is_abstract(self.func), _partialmethod=self)
        return _method

    __isabstractmethod__ = property(lambda self: _is_abstract(self.func))

    __class_getitem__ = _GENERIC_ALIAS


# --- lru_cache / cache ---------------------------------------------------------------------

_CacheInfo = _collections.namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the last *maxsize* distinct calls
    (every call when maxsize is None), evicting the least recently used one.

    With typed=True, arguments of different types (3 and 3.0) are cached apart.
    The arguments must be hashable.  The wrapper offers cache_info() (hits,
    misses, maxsize, currsize), cache_clear(), cache_parameters() and __wrapped__.
    """
    if maxsize is not None and not isinstance(maxsize, int):
        if not (callable(maxsize) and type(typed) is bool):
            raise TypeError('Expected first argument to be an integer, a callable, or None')
        # Used as @lru_cache without arguments: maxsize is the function.
        return _caching_wrapper(maxsize, 128, typed)
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _caching_wrapper(user_function, maxsize, typed)
    return decorating_function


def _caching_wrapper(user_function, maxsize, typed):
    cached = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    cached.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(cached, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _caching_wrapper(user_function, None, False)


# --- singledispatch ------------------------------------------------------------------------

def _union_members(hint):
    """The classes a union (int | str, typing.Union[int, str]) names, or None if hint is no union."""
    if isinstance(hint, UnionType):
        return hint.__args__
    if type(hint).__name__ == '_UnionGenericAlias':
        import typing
        if typing.get_origin(hint) is typing.Union:
            return hint.__args__
    return None


def _dispatch_types(hint):
    """The classes to register for `hint`, or None if it is neither a class nor a union of classes."""
    if isinstance(hint, type):
        return (hint,)
    members = _union_members(hint)
    if members is not None and all(isinstance(m, type) for m in members):
        return members
    return None


def _select_implementation(cls, registry):
    """Pick the registered implementation for cls.

    Classes in cls's MRO are tried in order. A registered class cls only inherits from
    virtually (an ABC, through register() or __subclasshook__) ranks right after the last MRO
    class that is also its subclass; two such ABCs at one rank, neither more specific than the
    other, make the dispatch ambiguous.
    """
    mro = cls.__mro__
    virtual_at = {}
    for candidate in registry:
        if candidate not in mro and issubclass(cls, candidate):
            rank = max(i for i, base in enumerate(mro) if issubclass(base, candidate))
            virtual_at.setdefault(rank, []).append(candidate)
    for rank, base in enumerate(mro):
        if base in registry:
            return registry[base]
        group = virtual_at.get(rank)
        if group:
            specific = [c for c in group if not any(o is not c and issubclass(o, c) for o in group)]
            if len(specific) > 1:
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(specific[0], specific[1]))
            return registry[specific[0]]
    return registry[object]


def singledispatch(func):
    """Decorator making func a generic function that picks its implementation by the
    class of its first argument: func is the fallback, and register() adds one
    implementation per class (or union of classes, or ABC)."""
    registry = {object: func}
    resolved = {}       # class -> implementation, until the next register()
    abc_token = None    # set once an ABC is registered: its registrations invalidate `resolved`

    def dispatch(cls):
        """generic_func.dispatch(cls) -> the implementation used for arguments of class cls"""
        nonlocal abc_token
        if abc_token is not None:
            current = _abc.get_cache_token()
            if current != abc_token:
                resolved.clear()
                abc_token = current
        impl = resolved.get(cls)
        if impl is None:
            impl = registry[cls] if cls in registry else _select_implementation(cls, registry)
            resolved[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func: use func for arguments of class cls.
        As a decorator: @register(cls), or plain @register reading the first parameter's annotation."""
        nonlocal abc_token
        targets = _dispatch_types(cls)
        if targets is not None:
            if func is None:
                return lambda implementation: register(cls, implementation)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            # A classmethod/staticmethod shows its function's annotations in CPython; the
            # model's wrappers do not forward them, so read them from __func__.
            annotated = cls
            if not getattr(annotated, '__annotations__', None):
                annotated = getattr(cls, '__func__', cls)
            if not getattr(annotated, '__annotations__', None):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            # Plain @register: dispatch on the annotation of the first parameter.
            func = cls
            import typing
            argname, cls = next(iter(typing.get_type_hints(annotated).items()))
            targets = _dispatch_types(cls)
            if targets is None:
                if _union_members(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        for target in targets:
            registry[target] = func
            if abc_token is None and hasattr(target, '__abstractmethods__'):
                abc_token = _abc.get_cache_token()
        resolved.clear()
        return func

    shown_name = getattr(func, '__name__', None) or 'singledispatch function'

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{shown_name} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.__dict__.update(register=register, dispatch=dispatch,
                            registry=MappingProxyType(registry), _clear_cache=resolved.clear)
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the class of the first argument after
    self (or cls); the implementations may be functions, classmethods or staticmethods."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func: as singledispatch's register()."""
        add = self.dispatcher.register
        return add(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        # Dispatches on the first argument after self/cls (an IndexError without one, as in 3.11).
        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__dict__.update(__isabstractmethod__=_is_abstract(self.func), register=self.register)
        return update_wrapper(_method, self.func)

    __isabstractmethod__ = property(lambda self: _is_abstract(self.func))


# --- cached_property -----------------------------------------------------------------------

class cached_property:
    # As in CPython 3.11, one lock per cached_property serialises the first computation (on
    # every instance), and the value is looked up again once the lock is held.

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.lock = RLock()
        self.__doc__ = getattr(func, '__doc__')

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            ) from None
        val = storage.get(name, _ABSENT)
        if val is _ABSENT:
            with self.lock:
                val = storage.get(name, _ABSENT)
                if val is _ABSENT:
                    val = self.func(instance)
                    try:
                        storage[name] = val
                    except TypeError:
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {name!r} property."
                        ) from None
        return val

    __class_getitem__ = _GENERIC_ALIAS
