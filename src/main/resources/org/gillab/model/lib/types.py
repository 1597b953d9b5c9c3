"""Names for built-in types, and dynamic type creation: the GIL Lab model's types module.

Mirrors CPython 3.11's Lib/types.py; written for the model from its documentation and from experiments
with python3, not copied. Each type object is found the way one finds any type: as type() of a value
of that kind, made here. SimpleNamespace is written in C in CPython; here it is a small Python class
that compares, prints and pickles the same. coroutine wraps a generator function's generators in _GeneratorWrapper (CPython's way for
other callables) instead of setting CO_ITERABLE_COROUTINE on the function's code, which the model's code
objects cannot change: awaiting one works the same, but its type is _GeneratorWrapper, not generator.
"""

import sys
from _thread import get_ident as _get_ident
from _typeobject import set_tp_name as _set_tp_name


# --- The type objects, each read off a sample value -------------------------------------------------

def _sample_function():
    pass


def _sample_generator():
    yield None


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield None


def _sample_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


def _sample_traceback_and_frame():
    try:
        raise LookupError
    except LookupError as caught:
        # no local for the traceback: it keeps this frame and its locals, which would be a cycle
        return type(caught.__traceback__), type(caught.__traceback__.tb_frame)


class _SampleClass:
    __slots__ = ("slot",)

    def method(self):
        pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)             # the same type as FunctionType, under its other name
CodeType = type(_sample_function.__code__)
MappingProxyType = type(object.__dict__)
CellType = type(_sample_cell())
GeneratorType = type(_sample_generator())
_coroutine = _sample_coroutine()
CoroutineType = type(_coroutine)
_coroutine.close()  # closed, it is freed without the never-awaited warning
del _coroutine
AsyncGeneratorType = type(_sample_async_generator())

MethodType = type(_SampleClass().method)
MemberDescriptorType = type(_SampleClass.slot)
BuiltinFunctionType = type(abs)
BuiltinMethodType = type({}.get)            # bound C methods share the builtin function type
WrapperDescriptorType = type(object.__repr__)
MethodWrapperType = type(object().__repr__)
MethodDescriptorType = type(list.count)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(int.__dict__["numerator"])
ModuleType = type(sys)
TracebackType, FrameType = _sample_traceback_and_frame()

GenericAlias = type(tuple[str])
UnionType = type(bytes | None)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _sample_function, _sample_generator, _sample_async_generator, _sample_cell, _sample_traceback_and_frame, _SampleClass


# --- SimpleNamespace ----------------------------------------------------------------------------------

# CPython guards namespace reprs per thread (Py_ReprEnter), so a namespace that contains itself shows
# as "namespace(...)" inside, while another thread printing the same namespace is not affected.
_repr_in_progress = {}      # thread ident -> set of id()s of namespaces that thread is printing


# Two namespaces (of any SimpleNamespace subclasses) compare as their attribute dicts do, for every
# operator; against anything else the comparison is NotImplemented. Not a method: dir() of the C type
# shows no helper.
def _compare_namespaces(namespace, other, operator):
    if not isinstance(other, SimpleNamespace):
        return NotImplemented
    return operator(namespace.__dict__, other.__dict__)


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    __slots__ = ('__dict__',)  # a __dict__ but, as the C type, no weak reference list

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        attributes = self.__dict__
        for key, value in kwargs.items():
            attributes[key] = value

    def __repr__(self):
        # CPython names the base type "namespace" and a subclass by its own __name__.
        label = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        busy = _repr_in_progress.setdefault(_get_ident(), set())
        if id(self) in busy:
            return label + "(...)"
        busy.add(id(self))
        try:
            # Only non-empty string keys are shown, as in CPython's namespace_repr.
            shown = ["%s=%r" % (key, value) for key, value in self.__dict__.items()
                     if isinstance(key, str) and key]
        finally:
            busy.discard(id(self))
            if not busy:
                del _repr_in_progress[_get_ident()]
        return "%s(%s)" % (label, ", ".join(shown))

    def __eq__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a == b)

    def __ne__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a != b)

    def __lt__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a < b)

    def __le__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a <= b)

    def __gt__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a > b)

    def __ge__(self, other):
        return _compare_namespaces(self, other, lambda a, b: a >= b)

    __hash__ = None

    def __reduce__(self):
        # Rebuilt by calling the class with no arguments, then restoring the attributes as state.
        return (type(self), (), dict(self.__dict__))


# CPython's SimpleNamespace is a C static type: messages name it by its tp_name, 'types.SimpleNamespace'
_set_tp_name(SimpleNamespace, 'types.SimpleNamespace')
del _set_tp_name


# --- Dynamic class creation (PEP 3115 and PEP 560) ----------------------------------------------------


def resolve_bases(bases):
    """Replace every base that is not a class but has __mro_entries__ by the classes it names (PEP 560).

    Returns bases itself when nothing was replaced, a new tuple otherwise."""
    expanded = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            expanded.append(base)
            continue
        entries = hook(bases)
        replaced = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(entries)
    return tuple(expanded) if replaced else bases


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases; TypeError if they do not form a chain."""
    chosen = meta
    for base in bases:
        candidate = type(base)
        if issubclass(chosen, candidate):
            continue
        if not issubclass(candidate, chosen):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            "subclass of the metaclasses of all its bases")
        chosen = candidate
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """Choose the metaclass and let it prepare the namespace, as a class statement does.

    Returns (metaclass, namespace, kwds), where kwds is a copy of the given keywords without
    'metaclass' (an empty dict if none were given)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    # Only a real metaclass is reconciled with the bases' metaclasses; any other callable is used as is.
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would; exec_body(ns), if given, fills the namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


# --- DynamicClassAttribute ------------------------------------------------------------------------------

class DynamicClassAttribute:
    """A property whose class-level lookup is sent to the class's __getattr__.

    Read through an instance it acts as a property; read through the class it raises AttributeError
    (unless the getter is abstract), so the class's __getattr__ answers instead. Enum uses it so a
    member attribute such as 'name' does not hide a member of that name."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # With no explicit doc the getter's docstring stands in, and a later getter() may replace it.
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel, doc):
        clone = type(self)(fget, fset, fdel, doc)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy_with(fget, self.fset, self.fdel, new_doc or self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


# --- types.coroutine --------------------------------------------------------------------------------

class _GeneratorWrapper:
    """A generator made awaitable: __await__ gives the generator itself, which await then drives."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, val=None, tb=None):
        if val is None and tb is None:
            return self.__wrapped.throw(typ)
        return self.__wrapped.throw(typ, val, tb)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Makes a generator-based coroutine: a function whose generators may be awaited (PEP 492)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


# CPython's order.
__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace", "CellType",
    "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType",
    "WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
    "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType",
    "GetSetDescriptorType", "MemberDescriptorType", "new_class", "resolve_bases",
    "prepare_class", "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType", "EllipsisType",
    "NoneType", "NotImplementedType",
]
