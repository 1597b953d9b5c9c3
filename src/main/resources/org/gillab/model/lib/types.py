"""Names for built-in types, and dynamic type creation: the GIL Lab model's types module.

Written for the model (not copied) to behave as CPython 3.11's Lib/types.py does: the type objects
are taken from values of those types, as CPython's are. SimpleNamespace is C in CPython; here it is a
small Python class that behaves the same (nothing about it is hot, nor does it touch the GIL). The
model has no coroutines, so CoroutineType, AsyncGeneratorType and coroutine are missing.
"""

import sys
from _thread import get_ident as _get_ident


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_holder():
    held = None

    def inner():
        return held
    return inner


CellType = type(_cell_holder().__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ("_slot",)

    def _m(self):
        pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C._slot)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(type.__dict__["__qualname__"])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_holder


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = (_get_ident(), id(self))
        if key in _reprs_running:
            return name + "(...)"
        _reprs_running.add(key)
        try:
            return "%s(%s)" % (name, ", ".join("%s=%r" % item for item in self.__dict__.items()))
        finally:
            _reprs_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return type(self), (), self.__dict__


SimpleNamespace.__module__ = "types"
_reprs_running = set()  # (thread, namespace) pairs whose repr is being computed, for "namespace(...)"


def resolve_bases(bases):
    """Replaces each base that is not a class but has __mro_entries__ with what that returns (PEP 560)."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses; a conflict is a TypeError."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these bases and keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would; exec_body(ns) fills its namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """An attribute that is a property on instances and missing on the class, so that the class's
    __getattr__ (its metaclass's) answers there: enum members' name and value are such attributes."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
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

    def getter(self, fget):
        fdoc = getattr(fget, "__doc__", None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = [name for name in globals() if not name.startswith("_")]
