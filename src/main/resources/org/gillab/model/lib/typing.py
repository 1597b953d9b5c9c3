"""Type hints at run time, for the GIL Lab model.

Mirrors the behaviour of CPython 3.11's Lib/typing.py as its documentation and its observable
behaviour describe it; written for the model, not copied. Hints are plain objects here, as in CPython:
nothing is checked, but every hint prints, compares, hashes and subscripts the way CPython's does
(typing.List[int], typing.Optional[int], ~T), and the error messages are CPython's.

What is here: the special forms (Any, Union, Optional, ClassVar, Final, Literal, Annotated, NoReturn...),
aliases of the built-in, collections.abc and re generics (List, Dict, Callable, Iterable, Pattern...),
TypeVar, ParamSpec, Generic and Protocol classes, IO/TextIO/BinaryIO, NamedTuple and TypedDict (class
and call forms, Required/NotRequired keys), NewType, ForwardRef, cast, overload, final, get_type_hints,
get_origin and get_args. Not in the model: TypeVarTuple, Unpack, G[int, str] for a class generic in
one ParamSpec alone (G[[int, str]] works), generic NamedTuple and TypedDict.
"""

import collections
import collections.abc
import contextlib
import functools
import re
import sys
import types
import warnings
from abc import ABCMeta, abstractmethod

__all__ = [
    'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator',
    'AsyncIterable', 'AsyncIterator', 'Awaitable', 'BinaryIO', 'ByteString', 'Callable', 'ChainMap', 'ClassVar',
    'Collection', 'Concatenate', 'Container', 'ContextManager', 'Coroutine', 'Counter', 'DefaultDict',
    'Deque', 'Dict', 'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable',
    'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString', 'Mapping',
    'MappingView', 'Match', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple', 'Never',
    'NewType', 'NoReturn', 'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Pattern', 'Protocol', 'Required', 'Reversible', 'Self', 'Sequence',
    'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'TYPE_CHECKING', 'Text', 'TextIO', 'Tuple', 'Type',
    'TypeAlias', 'TypeGuard', 'TypeVar', 'TypedDict', 'Union', 'ValuesView', 'assert_never',
    'assert_type', 'cast', 'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'no_type_check', 'no_type_check_decorator', 'overload', 'reveal_type', 'runtime_checkable',
]

TYPE_CHECKING = False
_NoneType = type(None)


def _module_of_caller(depth=2):
    """The __name__ of the module that called our caller: TypeVar, NewType and the functional
    NamedTuple/TypedDict belong to the module that made them, as in CPython."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _show(obj):
    """How a hint shows inside another hint's repr: classes by (module-qualified) name, ... as ...,
    functions by name, anything else by repr -- CPython's rules for alias reprs."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _checked(arg, complaint, *, module=None, is_argument=True, allow_special=False):
    """Turns one hint argument into a hint (None -> NoneType, 'Name' -> ForwardRef) and rejects what
    CPython rejects: tuples, bare special forms, and ClassVar/Final where they may not stand."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special)
    forbidden = (Generic, Protocol)
    if not allow_special:
        forbidden += (ClassVar,)
    if is_argument:
        forbidden += (Final,)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in forbidden:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{complaint} Got {arg!r:.100}.")
    return arg


def _type_vars_in(args):
    """The distinct type variables args mention, in order of first appearance (an alias's
    __parameters__). Plain classes are skipped: a Generic class's own __parameters__ are not free."""
    found = []
    for arg in args:
        if isinstance(arg, type) and not isinstance(arg, types.GenericAlias):
            continue
        for var in ((arg,) if isinstance(arg, _TypeVariable) else getattr(arg, '__parameters__', ())):
            if var not in found:
                found.append(var)
    return tuple(found)


def _arity_error(hint, actual, expected):
    word = 'many' if actual > expected else 'few'
    return TypeError(f"Too {word} arguments for {hint}; actual {actual}, expected {expected}")


class _UnionOperand:
    """Hints combine with | into typing.Union, on either side of the operator."""
    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------------------------------
# Special forms: typing.Union, typing.ClassVar, typing.NoReturn...

class _SpecialForm(_UnionOperand):
    """A named marker such as typing.Union; subscripting it runs the form's own rule."""

    def __init__(self, name, doc, rule=None):
        self._name = name
        self.__doc__ = doc
        self._rule = rule

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)

    def __getitem__(self, params):
        if self._rule is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._rule(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _special_form(rule):
    """Decorator: the function's name and docstring name the form, its body subscripts it."""
    return _SpecialForm(rule.__name__, rule.__doc__, rule)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type. Since 3.11 it may be subclassed, but not instantiated itself."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm('NoReturn', "The return type of a function that never returns.")
Never = _SpecialForm('Never', "The bottom type: no value has it.")
Self = _SpecialForm('Self', "The type of the instance a method is called on.")
LiteralString = _SpecialForm('LiteralString', "A string built only from literals.")
TypeAlias = _SpecialForm('TypeAlias', "Marks an assignment as the definition of a type alias.")


def _wrapper_form(name, doc, complaint="typing.{} accepts only single type."):
    """ClassVar, Final, TypeGuard, Required, NotRequired: forms that wrap exactly one type."""
    def wrap(form, params):
        return _GenericAlias(form, (_checked(params, complaint.format(name)),))
    return _SpecialForm(name, doc, wrap)


ClassVar = _wrapper_form('ClassVar', "Marks a class attribute that instances do not set.")
Final = _wrapper_form('Final', "Marks a name that may not be reassigned or overridden.")
TypeGuard = _wrapper_form('TypeGuard', "Return type of a function that narrows its argument's type.")
Required = _wrapper_form('Required', "Marks a key a TypedDict must have, even with total=False.",
                         "{} accepts only a single type.")
NotRequired = _wrapper_form('NotRequired', "Marks a key a TypedDict may lack, even with total=True.",
                            "{} accepts only a single type.")


@_special_form
def Union(self, params):
    """Union[X, Y] means X or Y. Nested unions flatten, duplicates go, one member is just itself."""
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for param in _as_tuple(params):
        hint = _checked(param, "Union[arg, ...]: each arg must be a type.")
        flattened = hint.__args__ if isinstance(hint, (_UnionGenericAlias, types.UnionType)) else (hint,)
        members.extend(m for m in flattened if m not in members)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:   # named Optional, whichever way it was spelled
        return _UnionGenericAlias(self, tuple(members), name='Optional')
    return _UnionGenericAlias(self, tuple(members))


@_special_form
def Optional(self, params):
    """Optional[X] is Union[X, None]."""
    return Union[_checked(params, f"{self} requires a single type."), _NoneType]


@_special_form
def Literal(self, params):
    """Literal[v, ...]: exactly these values. Nested literals flatten; duplicates (same value and
    type) go."""
    values = []
    for param in _as_tuple(params):
        values.extend(param.__args__ if isinstance(param, _LiteralGenericAlias) else (param,))
    kept, seen = [], []
    for value in values:
        key = (value, type(value))
        if key not in seen:
            seen.append(key)
            kept.append(value)
    return _LiteralGenericAlias(self, tuple(kept))


@_special_form
def Concatenate(self, params):
    """Concatenate[X, ..., P]: prefixes a parameter specification P (or ...)."""
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if params[-1] is not Ellipsis and not isinstance(params[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    head = tuple(_checked(p, "Concatenate[arg, ...]: each arg must be a type.") for p in params[:-1])
    return _GenericAlias(self, head + (params[-1],))


# ---------------------------------------------------------------------------------------------------
# Aliases: typing.List (bare) and typing.List[int] (subscripted)

class _Alias(_UnionOperand):
    """What bare and subscripted aliases share: calling makes an instance of the origin class and
    tags it with __orig_class__; other attributes come from the origin (List[int].append)."""

    def __init__(self, origin, name, inst):
        self.__origin__ = origin
        self._name = name
        self._inst = inst
        if name is not None:
            self.__name__ = self.__qualname__ = name
        else:
            self.__module__ = origin.__module__

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __getattr__(self, attr):
        if '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        if attr in ('__name__', '__qualname__'):   # an alias with no name of its own: Stack[int] is 'Stack'
            return self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def _bases_for(self, bases):
        """PEP 560 bases for a named alias: its origin class, then Generic unless a later base
        brings Generic in anyway (so class MyList(List[int]) has MRO MyList, list, Generic)."""
        extra = [] if self.__origin__ in bases else [self.__origin__]
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _Alias) or isinstance(b, type) and issubclass(b, Generic) for b in later):
            extra.append(Generic)
        return tuple(extra)


class _SpecialGenericAlias(_Alias):
    """typing.List, typing.Iterable...: subscriptable with a fixed number of parameters, and usable
    in isinstance/issubclass as the origin class itself."""

    def __init__(self, origin, arity, *, inst=True, name=None):
        super().__init__(origin, name or origin.__name__, inst)
        self._arity = arity

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        return self._bases_for(bases)

    def __getitem__(self, params):
        params = tuple(_checked(p, "Parameters to generic types must be types.") for p in _as_tuple(params))
        if self._arity == 0:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != self._arity:
            raise _arity_error(self, len(params), self._arity)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)


class _TupleType(_SpecialGenericAlias):
    """typing.Tuple takes any number of types, Tuple[X, ...] and Tuple[()]."""

    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        items = tuple(p if p is Ellipsis else _checked(p, "Tuple[t0, t1, ...]: each t must be a type.")
                      for p in _as_tuple(params))
        return _GenericAlias(tuple, items, name='Tuple', inst=False)


class _CallableType(_SpecialGenericAlias):
    """typing.Callable[[A, B], R] and Callable[..., R]; the arguments are kept flat (A, B, R)."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arguments, result = params
        result = _checked(result, "Callable[args, result]: result must be a type.")
        if isinstance(arguments, list):
            arguments = tuple(_checked(a, "Callable[[arg, ...], result]: each arg must be a type.")
                              for a in arguments)
        else:
            arguments = (arguments,)
        return _CallableGenericAlias(self.__origin__, arguments + (result,), name='Callable')


class _GenericAlias(_Alias):
    """A subscripted hint: typing.List[int], __main__.Stack[~T], typing.ClassVar[int]..."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if name is None and isinstance(origin, _SpecialForm):
            name = origin._name
        super().__init__(origin, name, inst)
        self.__args__ = args
        self.__parameters__ = _type_vars_in(args)

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def _head(self):
        return 'typing.' + self._name if self._name else _show(self.__origin__)

    def __repr__(self):
        inside = ', '.join(_show(a) for a in self.__args__) if self.__args__ else '()'
        return f"{self._head()}[{inside}]"

    def _identity(self):
        """What equality and hashing compare; kinds of alias with their own notion override it."""
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias) and type(other)._identity is type(self)._identity:
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __reduce__(self):
        import operator
        bare = globals()[self._name] if self._name else self.__origin__
        return operator.getitem, (bare, self.__args__)

    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        free = self.__parameters__
        if not free:
            raise TypeError(f"{self} is not a generic class")
        params = tuple(_checked(p, "Parameters to generic types must be types.") for p in _as_tuple(params))
        if len(params) != len(free):
            raise _arity_error(self, len(params), len(free))
        binding = dict(zip(free, params))
        return self._copy_with(tuple(_bind(arg, binding) for arg in self.__args__))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return self._bases_for(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            if any(isinstance(b, _Alias) and b is not self for b in bases[bases.index(self) + 1:]):
                return ()
        return (origin,)


def _bind(arg, binding):
    """Substitutes type variables in one alias argument (List[T] with T=int gives List[int])."""
    if isinstance(arg, _TypeVariable):
        return binding.get(arg, arg)
    inner = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) or isinstance(arg, types.GenericAlias) else ()
    if inner:
        return arg[tuple(binding.get(v, v) for v in inner)]
    return arg


def _whole_parameter_list(args):
    """Whether a Callable's flat arguments (params..., result) hold one stand-in for all the
    parameters -- ..., a ParamSpec or Concatenate[..., P] -- rather than a list of their types."""
    return len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)
                               or isinstance(args[0], _GenericAlias) and args[0].__origin__ is Concatenate)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        *arguments, result = self.__args__
        if _whole_parameter_list(self.__args__):
            return f"typing.Callable[{_show(arguments[0])}, {_show(result)}]"
        return f"typing.Callable[[{', '.join(_show(a) for a in arguments)}], {_show(result)}]"


class _UnionGenericAlias(_GenericAlias):
    """typing.Union[int, str]: equal whatever the order, printed as Optional[X] for X | None, and
    usable with isinstance when its members are classes (as types.UnionType is)."""

    def _copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f"typing.Optional[{_show(other)}]"
        return f"typing.Union[{', '.join(_show(a) for a in args)}]"

    def _identity(self):
        return frozenset(self.__args__)

    def __eq__(self, other):
        if isinstance(other, types.UnionType):
            return self._identity() == frozenset(other.__args__)
        return super().__eq__(other)

    __hash__ = _GenericAlias.__hash__

    def __reduce__(self):
        import operator
        return operator.getitem, (Union, self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    """typing.Literal[1, 'a']: values, not types, so nothing in it is a type variable."""

    def __init__(self, origin, args, **ignored):
        super().__init__(origin, args)
        self.__parameters__ = ()

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(v) for v in self.__args__)}]"

    def _identity(self):
        return frozenset((v, type(v)) for v in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: behaves as T (its __origin__), carrying x... in __metadata__."""

    def __init__(self, origin, metadata, **ignored):
        while isinstance(origin, _AnnotatedAlias):    # Annotated[Annotated[T, a], b] is Annotated[T, a, b]
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata
        self.__name__ = self.__qualname__ = 'Annotated'

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_show(self.__origin__)}, {extras}]"

    def _identity(self):
        return self.__origin__, self.__metadata__

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x attached."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        hint = _checked(params[0], "Annotated[t, ...]: t must be a type.", allow_special=True)
        return _AnnotatedAlias(hint, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------------------------------------------
# Type variables, forward references, NewType

class _TypeVariable(_UnionOperand):
    """What TypeVar and ParamSpec share: a name, a bound, a variance shown in the repr (~T, +T_co,
    -T_contra), the module that made them, pickling by name; and neither may be subclassed."""

    def __init__(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _checked(bound, "Bound must be a type.")
        home = _module_of_caller(3)
        if home != 'typing':
            self.__module__ = home

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError("Cannot subclass special typing classes")


class TypeVar(_TypeVariable):
    """A type variable: TypeVar('T'), TypeVar('N', int, float), TypeVar('K', bound=str)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _checked(c, "TypeVar(name, constraint, ...): constraints must be types.") for c in constraints)


class ParamSpec(_TypeVariable):
    """A parameter specification variable: the parameters of a callable, as a decorator that keeps
    them declares with Callable[P, R] and *args: P.args, **kwargs: P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound, covariant, contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class ParamSpecArgs:
    """P.args, the annotation of *args in a function whose parameters P stands for."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs:
    """P.kwargs, the annotation of **kwargs in a function whose parameters P stands for."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ForwardRef(_UnionOperand):
    """A hint written as a string, evaluated later (by get_type_hints) in its module's namespace."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__', globalns)
        if globalns is None:
            globalns = localns if localns is not None else {}
        value = eval(self.__forward_code__, globalns, localns)
        hint = _checked(value, "Forward references must evaluate to types.",
                        is_argument=self.__forward_is_argument__, allow_special=self.__forward_is_class__)
        self.__forward_value__ = _resolve(hint, globalns, localns, recursive_guard | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def _identity(self):
        return self.__forward_arg__, self.__forward_module__

    def __eq__(self, other):
        return self._identity() == other._identity() if isinstance(other, ForwardRef) else NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __repr__(self):
        where = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f"ForwardRef({self.__forward_arg__!r}{where})"


class NewType(_UnionOperand):
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _module_of_caller()
        if home != 'typing':
            self.__module__ = home

    def __call__(self, value, /):
        return value

    def __mro_entries__(self, bases):
        # The hint names the class being defined, which only its __init_subclass__ gets to see.
        supertype_name = self.__name__

        class Refusal:
            def __init_subclass__(cls):
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{cls.__name__} = NewType({cls.__name__!r}, {supertype_name})`")
        return (Refusal,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__


# ---------------------------------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Base of generic classes: class Stack(Generic[T]) makes Stack[int] an alias that remembers T=int."""
    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        params = tuple(_checked(p, "Parameters to generic types must be types.") for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, _TypeVariable) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__parameters__)
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                raise _arity_error(cls, len(params), expected)
            # a ParamSpec stands for a list of parameter types, kept as a tuple
            params = tuple(tuple(p) if isinstance(var, ParamSpec) and isinstance(p, list) else p
                           for var, p in zip(cls.__parameters__, params))
        return _GenericAlias(cls, params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        declared = cls.__dict__.get('__orig_bases__')
        if declared is not None:
            plain = Generic in declared
        else:
            plain = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        variables = ()
        if declared is not None:
            variables = _type_vars_in(declared)
            listed = None
            for base in declared:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if listed is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    listed, where = base.__parameters__, base.__origin__.__name__
            if listed is not None:
                stray = [v for v in variables if v not in listed]
                if stray:
                    raise TypeError(f"Some type variables ({', '.join(map(str, stray))}) are not listed "
                                    f"in {where}[{', '.join(map(str, listed))}]")
                variables = listed
        cls.__parameters__ = tuple(variables)


# Names in a protocol class's namespace that are machinery, not members a match must provide.
_MACHINERY = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__init_subclass__',
    '__parameters__', '__orig_bases__', '__qualname__', '__classcell__', '_is_protocol',
    '_is_runtime_protocol', '_MutableMapping__marker',
})

_NON_PROTOCOL_BASES_ALLOWED = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                        'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _members(protocol):
    """Every attribute a protocol asks for: methods and annotated data, from all its protocol bases."""
    names = set()
    for klass in protocol.__mro__:
        if klass in (Protocol, Generic, object):
            continue
        for name in (*klass.__dict__, *klass.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _MACHINERY:
                names.add(name)
    return names


def _require_runtime(cls):
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")


class _ProtocolMeta(ABCMeta):
    """isinstance/issubclass against a runtime-checkable protocol match structurally: an object
    matches when it has every member (and a class when it defines every method)."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        _require_runtime(cls)
        wanted = _members(cls)
        if cls in type(instance).__mro__:
            return True
        for name in wanted:
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        _require_runtime(cls)
        wanted = _members(cls)
        if not all(callable(getattr(cls, name, None)) for name in wanted):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        for name in wanted:
            owner = next((k for k in other.__mro__ if name in k.__dict__), None)
            if owner is None or owner.__dict__[name] is None:
                return super().__subclasscheck__(other)
        return True


def _protocol_init(self, *args, **kwargs):
    """__init__ of protocol classes: a protocol cannot be instantiated, but a concrete class that
    merely inherits from one runs the first real __init__ further along its MRO."""
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')
    for klass in type(self).__mro__:
        init = klass.__dict__.get('__init__')
        if init is not None and init is not _protocol_init:
            return init(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class matches a protocol by having its members, not by inheriting."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base in (object, Generic) or base.__dict__.get('_is_protocol', False)
                       or base.__name__ in _NON_PROTOCOL_BASES_ALLOWED.get(base.__module__, ()))
            if not allowed:
                raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        if cls.__init__ is object.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Class decorator: lets isinstance() and issubclass() test against the protocol cls."""
    if not (isinstance(cls, type) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# The variables typing itself uses in its generic aliases and protocols.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
AnyStr = TypeVar('AnyStr', bytes, str)


@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Has __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Has __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Has __abs__, returning T_co."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co: ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Has __round__, returning T_co."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: ...


# ---------------------------------------------------------------------------------------------------
# The generic aliases of built-in and collections(.abc) classes: (alias name, class, parameters,
# whether calling the alias may instantiate the class)

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Callable = _CallableType(_abc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')
Pattern = _SpecialGenericAlias(re.Pattern, 1)
Match = _SpecialGenericAlias(re.Match, 1)
Text = str
del _abc


# ---------------------------------------------------------------------------------------------------
# IO, TextIO, BinaryIO: the interface of file objects, for annotations (open() returns none of them)

class IO(Generic[AnyStr]):
    """A file of str or bytes: the methods every file object has."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str: ...
    @property
    @abstractmethod
    def name(self) -> str: ...
    @property
    @abstractmethod
    def closed(self) -> bool: ...
    @abstractmethod
    def close(self) -> None: ...
    @abstractmethod
    def fileno(self) -> int: ...
    @abstractmethod
    def flush(self) -> None: ...
    @abstractmethod
    def isatty(self) -> bool: ...
    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: ...
    @abstractmethod
    def readable(self) -> bool: ...
    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: ...
    @abstractmethod
    def readlines(self, hint: int = -1) -> 'List[AnyStr]': ...
    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: ...
    @abstractmethod
    def seekable(self) -> bool: ...
    @abstractmethod
    def tell(self) -> int: ...
    @abstractmethod
    def truncate(self, size: int = None) -> int: ...
    @abstractmethod
    def writable(self) -> bool: ...
    @abstractmethod
    def write(self, s: AnyStr) -> int: ...
    @abstractmethod
    def writelines(self, lines: 'List[AnyStr]') -> None: ...
    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]': ...
    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: ...


class BinaryIO(IO[bytes]):
    """A file of bytes."""
    __slots__ = ()

    @abstractmethod
    def write(self, s: 'Union[bytes, bytearray]') -> int: ...
    @abstractmethod
    def __enter__(self) -> 'BinaryIO': ...


class TextIO(IO[str]):
    """A file of text, over a binary buffer."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO: ...
    @property
    @abstractmethod
    def encoding(self) -> str: ...
    @property
    @abstractmethod
    def errors(self) -> Optional[str]: ...
    @property
    @abstractmethod
    def line_buffering(self) -> bool: ...
    @property
    @abstractmethod
    def newlines(self) -> Any: ...
    @abstractmethod
    def __enter__(self) -> 'TextIO': ...


# ---------------------------------------------------------------------------------------------------
# NamedTuple and TypedDict: functions that also serve as base classes (through __mro_entries__)

# What a NamedTuple class body may not define, and what it defines that is no attribute to copy.
_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _typed_namedtuple(typename, hints, module, defaults=()):
    """collections.namedtuple with the field types recorded in __annotations__."""
    hints = {field: _checked(tp, f"field {field} annotation must be a type") for field, tp in hints}
    made = collections.namedtuple(typename, list(hints), defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = hints
    return made


class _NamedTupleMeta(type):
    """Turns `class Point(NamedTuple): x: int; y: int = 0` into a collections.namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default "
                                f"field{plural} {', '.join(with_default)}")
        made = _typed_namedtuple(typename, hints.items(), ns['__module__'],
                                 [ns[field] for field in with_default])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: NamedTuple('Employee', [('name', str), ('id', int)]) or a class with
    annotated fields deriving from NamedTuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, fields, _module_of_caller())


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    """Makes TypedDict classes: dict subclasses whose instances are plain dicts, that record their
    keys' types and which keys are required, and that refuse isinstance checks."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = {key: _checked(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
                             module=made.__module__)
               for key, tp in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            hints.update(base.__dict__.get('__annotations__', {}))
            required |= base.__dict__.get('__required_keys__', set())
            optional |= base.__dict__.get('__optional_keys__', set())
        hints.update(own)
        for key, hint in own.items():
            marker = get_origin(hint)
            if marker is Required or marker is not NotRequired and total:
                required.add(key)
            else:
                optional.add(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)    # instances of a TypedDict are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: TypedDict('Movie', {'title': str}) or a class body."""
    if fields is None:
        fields = kwargs
        if kwargs:
            warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in Python 3.11, "
                          "will be removed in Python 3.13, and may not be understood by third-party type "
                          "checkers.", DeprecationWarning, stacklevel=2)
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': _module_of_caller()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    """Whether tp is a class made with TypedDict."""
    return type(tp) is _TypedDictMeta


# ---------------------------------------------------------------------------------------------------
# Functions for annotations and checkers

def cast(typ, val):
    """Tells a type checker val has type typ; at run time returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm val has type typ; at run time returns val."""
    return val


def assert_never(arg, /):
    """Marks code a type checker should find unreachable; reaching it at run time is an error."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Asks a type checker for obj's static type; at run time prints its class to stderr."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


# module -> qualified name -> first line -> the @overload-decorated function
_overloads = {}


def _called_overload(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not @overload-ed.")


def overload(func):
    """Declares one signature of an overloaded function; the undecorated definition that follows
    is the implementation. The signatures stay available to get_overloads()."""
    target = getattr(func, '__func__', func)
    try:
        by_line = _overloads.setdefault(target.__module__, {}).setdefault(target.__qualname__, {})
        by_line[target.__code__.co_firstlineno] = func
    except AttributeError:
        pass     # not a plain function: nothing to remember
    return _called_overload


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    target = getattr(func, '__func__', func)
    by_line = _overloads.get(target.__module__, {}).get(target.__qualname__, {})
    return list(by_line.values())


def clear_overloads():
    """Forgets every recorded overload."""
    _overloads.clear()


def final(f):
    """Marks a method or class final; at run time only sets __final__ = True where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check_decorator(decorator):
    """Makes decorator's results no_type_check functions."""
    @functools.wraps(decorator)
    def checks_nothing(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return checks_nothing


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(),
                        **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes (for checkers: at run
    time it only records its arguments in __dataclass_transform__)."""
    recorded = dict(eq_default=eq_default, order_default=order_default, kw_only_default=kw_only_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(recorded)
        return cls_or_fn
    return decorator


def no_type_check(arg):
    """Tells checkers to ignore arg's annotations (for a class: also its methods')."""
    if isinstance(arg, type):
        for value in vars(arg).values():
            if isinstance(value, types.FunctionType):
                value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def _resolve(hint, globalns, localns, recursive_guard=frozenset()):
    """hint with every forward reference inside it evaluated."""
    if isinstance(hint, ForwardRef):
        return hint._evaluate(globalns, localns, recursive_guard)
    if isinstance(hint, _LiteralGenericAlias):
        return hint
    if isinstance(hint, (_GenericAlias, types.GenericAlias, types.UnionType)):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in hint.__args__)
        resolved = tuple(_resolve(a, globalns, localns, recursive_guard) for a in args)
        if resolved == hint.__args__:
            return hint
        return _rebuild(hint, resolved)
    return hint


def _rebuild(hint, args):
    """The same kind of hint over other arguments."""
    if isinstance(hint, types.GenericAlias):
        return types.GenericAlias(hint.__origin__, args)
    if isinstance(hint, types.UnionType):
        return Union[args]
    return hint._copy_with(args)


def _without_extras(hint):
    """hint with Annotated[...], Required[...] and NotRequired[...] layers reduced to the types they wrap."""
    if isinstance(hint, _AnnotatedAlias):
        return _without_extras(hint.__origin__)
    if isinstance(hint, _GenericAlias) and hint.__origin__ in (Required, NotRequired):
        return _without_extras(hint.__args__[0])
    if isinstance(hint, (_GenericAlias, types.GenericAlias, types.UnionType)) and not isinstance(hint, _LiteralGenericAlias):
        args = tuple(_without_extras(a) for a in hint.__args__)
        return hint if args == hint.__args__ else _rebuild(hint, args)
    return hint


def _as_annotation(value, is_argument, is_class):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return value


# What get_type_hints accepts without annotations (giving {}), rather than rejecting.
_ANNOTATABLE = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType,
                types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations with forward references evaluated (for a class: those of its whole MRO,
    base classes first). Annotated[...] is reduced to its type unless include_extras."""
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            annotations = klass.__dict__.get('__annotations__', {})
            if isinstance(annotations, types.GetSetDescriptorType):
                continue
            module_ns = getattr(sys.modules.get(klass.__module__), '__dict__', {})
            # As in CPython: with no namespaces given, module names win over class attributes.
            if globalns is None and localns is None:
                first, second = dict(vars(klass)), module_ns
            else:
                first = module_ns if globalns is None else globalns
                second = dict(vars(klass)) if localns is None else localns
            for name, value in annotations.items():
                hint = _as_annotation(value, False, True)
                hints[name] = _resolve(hint, first, second)
    else:
        if isinstance(obj, types.ModuleType):
            annotations = obj.__dict__.get('__annotations__')
            home = obj.__dict__
        else:
            annotations = getattr(obj, '__annotations__', None)
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            home = getattr(inner, '__globals__', {})
        if annotations is None:
            if isinstance(obj, _ANNOTATABLE):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        if globalns is None:
            globalns = home
        if localns is None:
            localns = globalns
        for name, value in annotations.items():
            hint = _as_annotation(value, not isinstance(obj, types.ModuleType), False)
            hints[name] = _resolve(hint, globalns, localns)
    if include_extras:
        return hints
    return {name: _without_extras(hint) for name, hint in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a hint: list for List[int], Union for Optional[int], Annotated
    for Annotated[...]; None for anything that is no generic hint."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, types.GenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted hint, with Callable's parameters as a list: ([int], str)."""
    origin = get_origin(tp)
    if origin is Annotated:
        return (tp.__origin__, *tp.__metadata__)
    if not isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return ()
    args = tp.__args__
    if origin is collections.abc.Callable and args and not _whole_parameter_list(args):
        return (list(args[:-1]), args[-1])
    return args
