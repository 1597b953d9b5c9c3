"""Abstract base classes: the GIL Lab model's abc module (collections.abc, numbers and typing build on it).

Mirrors CPython 3.11's Lib/abc.py together with the behaviour of its C accelerator _abc (whose pure
Python twin is Lib/_py_abc.py); written for the model from the documentation and from experiments with
python3, not copied. ABCMeta computes __abstractmethods__ (which object.__new__ consults to refuse
instantiation), register() makes virtual subclasses, and isinstance/issubclass consult
__subclasshook__, the registry and the ABC's subclasses, remembering answers in a positive and a
negative cache. As in CPython, each ABC keeps that state in one attribute, _abc_impl. The Java _abc
module does only what Python cannot: the Py_TPFLAGS_SEQUENCE/MAPPING flags of __abc_tpflags__ and
registrations.
"""

import _abc     # the collection flags of match statements, which only Java can set

# --- Decorators --------------------------------------------------------------------------------------

def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta as metaclass that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""

    __isabstractmethod__ = True


# --- Cache invalidation ------------------------------------------------------------------------------

# Bumped by every register() anywhere: a negative answer cached before the latest registration may be
# stale, so each ABC's negative cache records the token it was filled under.
_registrations = 0


def get_cache_token():
    """An int that changes whenever any ABC gains a virtual subclass (functools.singledispatch uses it)."""
    return _registrations


# --- Per-class state ---------------------------------------------------------------------------------

class _ClassSet:
    """The classes an ABC remembers. CPython holds them weakly; the model holds them strongly: a class
    sits in reference cycles of its own (its __mro__, its methods' globals) and so never dies in a model
    without a cycle collector, and weak references to the static builtin types would upset the
    model's reference count checks for nothing."""

    def __init__(self):
        self.members = set()

    def add(self, klass):
        self.members.add(klass)

    def __contains__(self, klass):
        return klass in self.members

    def __iter__(self):
        return iter(list(self.members))

    def clear(self):
        self.members.clear()


class _AbcState:
    """What one ABC remembers: its virtual subclasses and its cached issubclass answers."""

    def __init__(self):
        self.registry = _ClassSet()
        self.positive = _ClassSet()
        self.negative = _ClassSet()
        self.negative_token = _registrations

    def negative_cache_current(self):
        """The negative cache, emptied first if a registration happened since it was filled."""
        if self.negative_token != _registrations:
            self.negative.clear()
            self.negative_token = _registrations
        return self.negative


def _collect_abstracts(cls, own_items, bases):
    """The names still abstract in cls: its own abstract attributes, and each abstract name of a base
    that cls has not overridden with something concrete."""
    names = {name for name, value in own_items if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


# --- The metaclass -----------------------------------------------------------------------------------

class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    A class made with it cannot be instantiated while it has abstract methods. Unrelated classes can be
    registered as its "virtual subclasses": issubclass and isinstance then accept them, though they
    inherit nothing from it."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState()
        _abc._abc_init(cls)     # __abc_tpflags__ becomes the class's collection flag
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns the subclass, so it can decorate a class."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass     # nothing to do: already a subclass, real or virtual
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc._abc_register(cls, subclass)   # a registered class takes the ABC's collection flag
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), for an ABC."""
        state = cls._abc_impl
        claimed = instance.__class__        # may differ from type(instance) (proxies, mocks)
        if claimed in state.positive:
            return True
        actual = type(instance)
        if actual is claimed:
            if claimed in state.negative_cache_current():
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), for an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.positive:
            return True
        if subclass in state.negative_cache_current():
            return False
        answer = _decide_subclass(cls, subclass)
        (state.positive if answer else state.negative).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        """Debugging aid: print this ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        state = cls._abc_impl
        for label, refs in (("_abc_registry", state.registry.members),
                            ("_abc_cache", state.positive.members),
                            ("_abc_negative_cache", state.negative.members)):
            print(f"{label}: {refs!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_token!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered on this ABC (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget this ABC's cached issubclass answers (for tests)."""
        cls._abc_impl.positive.clear()
        cls._abc_impl.negative.clear()


def _decide_subclass(cls, subclass):
    """The uncached answer to issubclass(subclass, cls), in the order CPython asks the questions."""
    # 1. The ABC's own hook has the first word.
    verdict = cls.__subclasshook__(subclass)
    if verdict is not NotImplemented:
        if not isinstance(verdict, bool):
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        return verdict
    # 2. A real subclass.
    if cls in getattr(subclass, "__mro__", ()):
        return True
    # 3. A subclass of a registered virtual subclass.
    if any(issubclass(subclass, registered) for registered in cls._abc_impl.registry):
        return True
    # 4. A subclass (real or virtual) of one of the ABC's own subclasses.
    return any(issubclass(subclass, child) for child in cls.__subclasses__())


def update_abstractmethods(cls):
    """Recompute an ABC's __abstractmethods__ after methods were added or replaced on it.

    Classes not made by ABCMeta are returned unchanged. Returns cls, so it can decorate a class."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _collect_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass: subclass it to make an ABC."""

    __slots__ = ()
