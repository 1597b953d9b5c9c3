"""Data classes: the GIL Lab model's dataclasses module.

Written for the model (not copied from CPython) to behave as CPython 3.11's Lib/dataclasses.py:
the same public names, reprs and error messages. How it is built here: a class's fields are
gathered by a small collector (base dataclasses first, then the class's own annotations); the
methods whose signature or frames users see (__init__, __eq__, the orderings, __hash__, the frozen
__setattr__/__delattr__) are produced from source text run by exec, so a wrong call gets CPython's
TypeError ("P.__init__() missing 1 required positional argument: 'y'"); __repr__ is a closure made
here, so pprint can tell a generated repr by its code's file being this module's.
"""

import copy
import sys
import types
from _thread import get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


# Sentinels. Their classes' names show in reprs (<dataclasses._MISSING_TYPE object at ...>),
# so they are CPython's.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# The default an __init__ parameter gets when its field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    """The kind of a field (a real field, a ClassVar or an InitVar); its repr is its name."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T]: an __init__ parameter passed on to __post_init__, not stored as a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return cls(type)


class Field:
    """What field() returns and fields() lists: one attribute of a dataclass and its options."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in _FIELD_REPR_ORDER)
        return f'Field({shown})'

    def __set_name__(self, owner, name):
        # A descriptor given as a field's default is told its name, as if it were the attribute.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


# The order CPython's Field repr lists the attributes in (not that of __slots__).
_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                     'metadata', 'kw_only', '_field_type')


class _DataclassParams:
    """The arguments @dataclass was given, kept as cls.__dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        shown = ','.join(f'{slot}={getattr(self, slot)!r}' for slot in _DataclassParams.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default (or a factory making one) and options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations, also when written as strings.

def _leading_names(text):
    """'typing.ClassVar[int]' -> ('typing', 'ClassVar'); 'InitVar[str]' -> (None, 'InitVar')."""
    words = []
    rest = text.strip()
    while len(words) < 2:
        length = 0
        while length < len(rest) and (rest[length].isalnum() or rest[length] == '_'):
            length += 1
        if length == 0:
            break
        words.append(rest[:length])
        rest = rest[length:].lstrip()
        if not rest.startswith('.'):
            break
        rest = rest[1:].lstrip()
    if not words:
        return None
    return (None, words[0]) if len(words) == 1 else (words[0], words[1])


def _string_names(annotation, cls, module, wanted):
    """Whether a string annotation names `wanted` (an object of `module`) in cls's module."""
    names = _leading_names(annotation)
    home = sys.modules.get(cls.__module__)
    if names is None or home is None:
        return False
    prefix, name = names
    namespace = vars(home)
    if prefix is None:
        return namespace.get(name) is wanted
    return namespace.get(prefix) is module and getattr(module, name, None) is wanted


def _field_kind(annotation, cls):
    """_FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD for an annotation; KW_ONLY for the marker."""
    this_module = sys.modules[__name__]
    typing = sys.modules.get('typing')
    if isinstance(annotation, str):
        if typing is not None and _string_names(annotation, cls, typing, typing.ClassVar):
            return _FIELD_CLASSVAR
        if _string_names(annotation, cls, this_module, InitVar):
            return _FIELD_INITVAR
        if _string_names(annotation, cls, this_module, KW_ONLY):
            return KW_ONLY
        return _FIELD
    if typing is not None and (annotation is typing.ClassVar
                               or getattr(annotation, '__origin__', None) is typing.ClassVar):
        return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if annotation is KW_ONLY or type(annotation) is _KW_ONLY_TYPE:
        return KW_ONLY
    return _FIELD


# ---------------------------------------------------------------------------------------------
# Gathering the fields of a class.

def _own_field(cls, name, annotation, kind, kw_only_default):
    """The Field for one of cls's own annotations, checked as CPython checks it."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        spec = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING  # a __slots__ entry, not a default
        spec = field(default=value)
    spec.name = name
    spec.type = annotation
    spec._field_type = kind

    if kind is _FIELD_CLASSVAR:
        if spec.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif spec.kw_only is MISSING:
        spec.kw_only = kw_only_default
    if kind is not _FIELD and spec.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    # An unhashable default (a list, a dict, an eq=True dataclass instance) would be shared by
    # every instance: CPython refuses it.
    if kind is _FIELD and type(spec.default).__hash__ is None:
        raise ValueError(f'mutable default {type(spec.default)} for field {name} '
                         'is not allowed: use default_factory')
    return spec


def _collect_fields(cls, kw_only):
    """(all fields by name, whether a base is a dataclass, whether a base is frozen)."""
    collected = {}
    dataclass_base = frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is not None:
            dataclass_base = True
            collected.update((spec.name, spec) for spec in inherited.values())
            if base.__dataclass_params__.frozen:
                frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    for name, annotation in annotations.items():
        kind = _field_kind(annotation, cls)
        if kind is KW_ONLY:
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = kw_only = True
            continue
        spec = _own_field(cls, name, annotation, kind, kw_only)
        collected[name] = spec
        # A field() given as the class attribute gives way to its plain default, or to nothing.
        if isinstance(cls.__dict__.get(name), Field):
            if spec.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, dataclass_base, frozen_base


# ---------------------------------------------------------------------------------------------
# Generating methods.

def _compile_method(cls, name, parameters, lines, helpers, annotations=None):
    """Run `def name(parameters): lines` with helpers as its globals; name it as cls's method."""
    source = f'def {name}({parameters}):\n' + ''.join(f' {line}\n' for line in lines or ['pass'])
    namespace = dict(helpers)
    namespace['__name__'] = cls.__module__
    exec(source, namespace)
    method = namespace.pop(name)  # left in its own globals it would never be freed (no cycle GC)
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    if annotations is not None:
        method.__annotations__ = annotations
    return method


def _attribute_tuple(owner, names):
    """'(self.a,self.b,)': the source of a tuple of owner's attributes."""
    return '(' + ''.join(f'{owner}.{name},' for name in names) + ')'


def _make_init(cls, init_fields, frozen, slots, has_post_init):
    positional = [spec for spec in init_fields if spec.init and not spec.kw_only]
    keyword = [spec for spec in init_fields if spec.init and spec.kw_only]
    defaulted = None
    for spec in positional:
        has_default = spec.default is not MISSING or spec.default_factory is not MISSING
        if has_default:
            defaulted = spec
        elif defaulted is not None:
            raise TypeError(f'non-default argument {spec.name!r} follows default argument')

    names = {spec.name for spec in init_fields}
    me = '__dataclass_self__' if 'self' in names else 'self'
    helpers = {'__dataclass_object': object, '__dataclass_marker': _HAS_DEFAULT_FACTORY}
    annotations = {}

    def parameter(spec):
        helpers[f'__dataclass_type_{spec.name}'] = spec.type
        annotations[spec.name] = spec.type
        text = f'{spec.name}:__dataclass_type_{spec.name}'
        if spec.default_factory is not MISSING:
            return text + '=__dataclass_marker'
        if spec.default is not MISSING:
            helpers[f'__dataclass_default_{spec.name}'] = spec.default
            return text + f'=__dataclass_default_{spec.name}'
        return text

    def store(name, expression):
        if frozen:
            return f'__dataclass_object.__setattr__({me},{name!r},{expression})'
        return f'{me}.{name}={expression}'

    body = []
    for spec in init_fields:
        if spec._field_type is not _FIELD:
            continue  # an InitVar is only passed on to __post_init__
        if spec.default_factory is not MISSING:
            helpers[f'__dataclass_factory_{spec.name}'] = spec.default_factory
            make = f'__dataclass_factory_{spec.name}()'
            if spec.init:
                make = f'{make} if {spec.name} is __dataclass_marker else {spec.name}'
            body.append(store(spec.name, make))
        elif spec.init:
            body.append(store(spec.name, spec.name))
        elif slots and spec.default is not MISSING:
            # A slots class has no class attribute left to supply the default.
            helpers[f'__dataclass_default_{spec.name}'] = spec.default
            body.append(store(spec.name, f'__dataclass_default_{spec.name}'))
    if has_post_init:
        passed = ','.join(spec.name for spec in init_fields if spec._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({passed})')

    parameters = [me] + [parameter(spec) for spec in positional]
    if keyword:
        parameters += ['*'] + [parameter(spec) for spec in keyword]
    annotations['return'] = None
    return _compile_method(cls, '__init__', ','.join(parameters), body, helpers, annotations)


# Instances whose generated __repr__ is running, per thread: a recursive reference shows as '...'.
_reprs_running = set()


def _make_repr(cls, names):
    # The text is rendered by generated code (an f-string: faster than a loop over the names);
    # the guard around it is defined here, so the __repr__ a class gets has this module's file.
    shown = ', '.join(f'{name}={{self.{name}!r}}' for name in names)
    render = _compile_method(cls, '__repr__', 'self',
                             [f'return f"{{self.__class__.__qualname__}}({shown})"'], {})

    def __repr__(self):
        key = (id(self), get_ident())
        if key in _reprs_running:
            return '...'
        _reprs_running.add(key)
        try:
            return render(self)
        finally:
            _reprs_running.discard(key)
    __repr__.__qualname__ = render.__qualname__
    __repr__.__wrapped__ = render
    return __repr__


def _make_comparison(cls, name, operator, names):
    return _compile_method(cls, name, 'self,other', [
        'if other.__class__ is self.__class__:',
        f' return {_attribute_tuple("self", names)}{operator}{_attribute_tuple("other", names)}',
        'return NotImplemented'], {})


def _make_hash(cls, names):
    return _compile_method(cls, '__hash__', 'self', [f'return hash({_attribute_tuple("self", names)})'],
                           {})


def _make_frozen_guards(cls, names):
    helpers = {'__dataclass_cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    guarded = f'type(self) is __dataclass_cls or name in {tuple(names)!r}'
    setter = _compile_method(cls, '__setattr__', 'self,name,value', [
        f'if {guarded}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(__dataclass_cls, self).__setattr__(name, value)'], helpers)
    deleter = _compile_method(cls, '__delattr__', 'self,name', [
        f'if {guarded}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(__dataclass_cls, self).__delattr__(name)'], helpers)
    return setter, deleter


def _add_if_absent(cls, name, value):
    """Give cls the attribute unless its body defined one; True if it had one already."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_hash(cls, unsafe_hash, eq, frozen, hash_names):
    # CPython's table: whether __hash__ is left alone, set to None or generated depends on
    # unsafe_hash, eq, frozen and whether the class body wrote a __hash__ of its own (a body
    # defining __eq__ gets __hash__ = None implicitly: that does not count as its own).
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = not (own is MISSING or (own is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hash_names)
    elif eq and not explicit:
        cls.__hash__ = _make_hash(cls, hash_names) if frozen else None


def _annotation_text(annotation):
    # How inspect.signature prints an annotation.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_doc(cls, init_fields, generated_init):
    """The __doc__ CPython gives a dataclass without one: the class name and its __init__'s
    parameters as str(inspect.signature(cls)) shows them."""
    if not generated_init:
        code = getattr(cls.__init__, '__code__', None)
        names = code.co_varnames[1:code.co_argcount] if code is not None else ()
        return f'{cls.__name__}({", ".join(names)})'

    def shown(spec):
        text = f'{spec.name}: {_annotation_text(spec.type)}'
        if spec.default_factory is not MISSING:
            return f'{text} = {_HAS_DEFAULT_FACTORY!r}'
        if spec.default is not MISSING:
            return f'{text} = {spec.default!r}'
        return text
    parts = [shown(spec) for spec in init_fields if spec.init and not spec.kw_only]
    keyword = [shown(spec) for spec in init_fields if spec.init and spec.kw_only]
    if keyword:
        parts += ['*'] + keyword
    return f'{cls.__name__}({", ".join(parts)})'


# ---------------------------------------------------------------------------------------------
# Slots classes: CPython builds a new class, as __slots__ only works when the class is made.

def _slot_names(cls):
    declared = cls.__dict__.get('__slots__', ())
    return (declared,) if isinstance(declared, str) else tuple(declared)


def _field_values(self):
    return [getattr(self, spec.name) for spec in fields(self)]


def _restore_field_values(self, state):
    for spec, value in zip(fields(self), state):
        object.__setattr__(self, spec.name, value)  # a frozen class's __setattr__ refuses


def _remade_with_slots(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [spec.name for spec in fields(cls)]
    if weakref_slot:
        names.append('__weakref__')
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slot_names(base))
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in names and key not in ('__dict__', '__weakref__')}
    namespace['__slots__'] = tuple(name for name in names if name not in taken)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    remade.__qualname__ = cls.__qualname__
    if frozen:
        # Without a __dict__ pickling needs the state spelled out.
        if '__getstate__' not in namespace:
            remade.__getstate__ = _field_values
        if '__setstate__' not in namespace:
            remade.__setstate__ = _restore_field_values
    return remade


# ---------------------------------------------------------------------------------------------
# The decorator.

def _make_dataclass(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                    weakref_slot):
    every, dataclass_base, frozen_base = _collect_fields(cls, kw_only)
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = every

    if dataclass_base:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    real = [spec for spec in every.values() if spec._field_type is _FIELD]
    init_fields = [spec for spec in every.values() if spec._field_type is not _FIELD_CLASSVAR]
    generated_init = False
    if init:
        generated_init = not _add_if_absent(
            cls, '__init__', _make_init(cls, init_fields, frozen, slots, hasattr(cls, '__post_init__')))
    if repr:
        _add_if_absent(cls, '__repr__', _make_repr(cls, [spec.name for spec in real if spec.repr]))
    compared = [spec.name for spec in real if spec.compare]
    if eq:
        _add_if_absent(cls, '__eq__', _make_comparison(cls, '__eq__', '==', compared))
    if order:
        for name, operator in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _add_if_absent(cls, name, _make_comparison(cls, name, operator, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for guard in _make_frozen_guards(cls, [spec.name for spec in real]):
            if _add_if_absent(cls, guard.__name__, guard):
                raise TypeError(f'Cannot overwrite attribute {guard.__name__} in class {cls.__name__}')
    hashed = [spec.name for spec in real if (spec.compare if spec.hash is None else spec.hash)]
    _set_hash(cls, unsafe_hash, eq, frozen, hashed)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, init_fields, generated_init)
    if match_args:
        _add_if_absent(cls, '__match_args__',
                       tuple(spec.name for spec in init_fields if spec.init and not spec.kw_only))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _remade_with_slots(cls, frozen, weakref_slot)

    import abc
    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, orderings, __hash__, frozenness, slots) to a
    class from its annotated fields. Usable as @dataclass or @dataclass(...)."""
    def decorate(cls):
        return _make_dataclass(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                               slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


# ---------------------------------------------------------------------------------------------
# Functions on dataclasses and their instances.

def fields(class_or_instance):
    """The Field objects of a dataclass or instance, ClassVars and InitVars left out."""
    try:
        every = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(spec for spec in every.values() if spec._field_type is _FIELD)


def _is_instance_of_dataclass(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    kind = obj if isinstance(obj, type) and not isinstance(obj, types.GenericAlias) else type(obj)
    return hasattr(kind, '__dataclass_fields__')


def _converted(value, factory, keyed):
    """value with every dataclass instance inside it (also in lists, tuples, namedtuples and dicts)
    turned into factory's result on its field values, paired with the field names if keyed;
    anything else deep-copied. (Recursion through a module function: the model has no cycle
    collector to free a closure that refers to itself.)"""
    if _is_instance_of_dataclass(value):
        specs = fields(value)
        values = [_converted(getattr(value, spec.name), factory, keyed) for spec in specs]
        return factory(list(zip([spec.name for spec in specs], values)) if keyed else values)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_converted(item, factory, keyed) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_converted(item, factory, keyed) for item in value)
    if isinstance(value, dict):
        return kind((_converted(key, factory, keyed), _converted(item, factory, keyed))
                    for key, item in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (made by dict_factory), recursively."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _converted(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (made by tuple_factory), recursively."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _converted(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name from (name), (name, type) or (name, type, Field) items."""
    import keyword
    body = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, body[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(class_namespace):
        class_namespace.update(body)
        class_namespace['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass: obj's field values with `changes` applied."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for spec in obj.__dataclass_fields__.values():
        if spec._field_type is _FIELD_CLASSVAR:
            continue
        if not spec.init:
            if spec.name in changes:
                raise ValueError(f'field {spec.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
        elif spec.name not in changes:
            if spec._field_type is _FIELD_INITVAR and spec.default is MISSING:
                raise ValueError(f"InitVar {spec.name!r} must be specified with replace()")
            changes[spec.name] = getattr(obj, spec.name)
    return obj.__class__(**changes)
