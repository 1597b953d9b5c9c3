"""Enumerations: the GIL Lab model's enum module.

Mirrors the behaviour of CPython 3.11's Lib/enum.py. Written for the model from the Python
documentation and from experiments with python3, not copied from CPython's source.

How it works here: EnumType.__prepare__ hands the class body a namespace that sorts each name it
receives into a member or an ordinary attribute (and resolves auto() on the spot); EnumType.__new__
then builds the class without the members and makes every member once, in definition order, so that
Color.RED is a singleton, a repeated value is an alias, Color(1) finds a member by value and
Color['RED'] by name. Flag classes add bit masks; values no member has become cached "pseudo"
members named like "R|W". Reprs, strs, formats and error messages are 3.11's.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']


def _warn_deprecated(text, stacklevel):
    import warnings
    warnings.warn(text, DeprecationWarning, stacklevel=stacklevel + 1)


def _name_kind(class_name, name):
    """How the enum namespace treats a name: 'dunder', 'sunder', 'private' (mangled) or 'plain'."""
    size = len(name)
    if size > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_':
        return 'dunder'
    if size > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_':
        return 'sunder'
    mangled = '_%s__' % class_name.lstrip('_')
    if name.startswith(mangled) and len(name) > len(mangled) and not name.endswith('__'):
        return 'private'
    return 'plain'


def _has_binding_behaviour(obj):
    # Functions, properties, classmethods... anything with __get__/__set__/__delete__ stays an attribute.
    kind = type(obj)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


class nonmember:
    """Keeps a value in an enum's class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value in an enum's class body a member even where it would not be one (a function)."""

    def __init__(self, value):
        self.value = value


class _Unset:
    def __repr__(self):
        return '_auto_null'


_auto_null = _Unset()


class auto:
    """Stands for a member value chosen by the class's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """An attribute of members (name, value, a user's property) that is missing on the enum class
    itself, unless a member has the same name: then the class answers with that member."""

    member = None

    def __get__(self, instance, owner=None):
        if instance is not None:
            if self.fget is not None:
                return self.fget(instance)
            return instance.__dict__[self._attr_name]
        if self.member is not None:
            return self.member
        raise AttributeError(self._attr_name)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                    '%r cannot set attribute %r' % (self._owner, self._attr_name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                    '%r cannot delete attribute %r' % (self._owner, self._attr_name))
        self.fdel(instance)

    def __set_name__(self, owner, name):
        self._owner = owner
        self._attr_name = name


# The _sunder_ names a class body may set; 3.11 reserves every other one.
_ALLOWED_SUNDERS = ('_order_', '_missing_', '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_')


class _EnumNamespace(dict):
    """The class body's namespace: remembers which names are members (in order) and their values."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self._class_name = class_name
        self._next_value = next_value
        self.member_names = []
        self.ignored = []

    def __setitem__(self, key, value):
        kind = _name_kind(self._class_name, key)
        if kind == 'sunder':
            if key == '_generate_next_value_':
                if self.member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                self.ignored.extend(value.replace(',', ' ').split() if isinstance(value, str) else value)
            elif key not in _ALLOWED_SUNDERS:
                raise ValueError(
                        '_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        elif kind in ('dunder', 'private') or key in self.ignored:
            pass
        elif key in self.member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _has_binding_behaviour(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            elif isinstance(value, type):
                _warn_deprecated('In 3.13 classes created inside an enum will not become a member.  '
                                 'Use the `member` decorator to keep the current behavior.', 2)
            value = self._resolve_auto(key, value)
            self.member_names.append(key)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._next_value(key, 1, len(self.member_names), self._values_so_far())
            return value.value
        if isinstance(value, tuple) and any(isinstance(part, auto) for part in value):
            return tuple(self._resolve_auto(key, part) for part in value)
        return value

    def _values_so_far(self):
        return [self[name] for name in self.member_names]


def _data_type(class_name, bases):
    """The one built-in or user type (int, str, a mixin with __new__) the members also are, or object."""
    data_types = set()
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    data_types.add(klass._member_type_)
                    break
            elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                data_types.add(klass)
                break
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, data_types))
    return data_types.pop() if data_types else object


def _is_flag_class(bases, boundary):
    return boundary is not None or any(getattr(base, '_boundary_', None) is not None for base in bases)


class EnumType(type):
    """The metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_bases = [base for base in bases if isinstance(base, EnumType)]
        if enum_bases and enum_bases[-1] is not bases[-1]:
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        if enum_bases and enum_bases[-1]._member_map_:
            raise TypeError(
                    '%s cannot extend %r' % ("<enum %r>" % cls, enum_bases[-1]))
        next_value = enum_bases[-1]._generate_next_value_ if enum_bases else None
        return _EnumNamespace(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        names = list(classdict.member_names)
        for name in classdict.ignored:
            classdict.pop(name, None)
        classdict.pop('_ignore_', None)
        order = classdict.pop('_order_', None)
        bad = [name for name in names if name in ('', 'mro')]
        if bad:
            raise ValueError('invalid enum member name(s) %s'  % (
                    ','.join(repr(name) for name in bad), ))
        values = {name: classdict.pop(name) for name in names}

        data_type = _data_type(cls, bases)
        body = dict(classdict)
        root = not any(isinstance(base, EnumType) for base in bases)
        make_member, use_args = metacls._member_maker(body, bases, data_type, root)
        if not root:
            body['__new__'] = _lookup_by_value
        if _is_flag_class(bases, boundary):
            inherited = next((base._boundary_ for base in bases if getattr(base, '_boundary_', None)), None)
            body['_boundary_'] = boundary or inherited
        if data_type is not object and not root:
            metacls._keep_enum_methods(body, bases, data_type)
        body.update(_member_names_=[], _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                    _member_type_=data_type, _new_member_=make_member, _use_args_=use_args,
                    _value_repr_=metacls._value_repr(data_type, bases))

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        try:
            for name in names:
                enum_class._add_member(name, values[name])
            if '_boundary_' in body and not root:
                enum_class._compute_flag_masks()
            if order is not None:
                if isinstance(order, str):
                    order = order.replace(',', ' ').split()
                if order != enum_class._member_names_:
                    raise TypeError(
                            'member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        except BaseException:
            enum_class._unlink_members()
            raise
        return enum_class

    def _unlink_members(cls):
        """A class that failed half-made is dropped: its members and it refer to each other, a cycle
        the model (which has no cycle collector) would never free, so cut the class's side."""
        for name in cls._member_map_:
            type.__delattr__(cls, name)
        cls._member_map_.clear()
        cls._value2member_map_.clear()
        cls._member_names_.clear()

    @staticmethod
    def _keep_enum_methods(body, bases, data_type):
        """With a data type first in the MRO (int in IntEnum), its repr/str/format would win over the
        enum's: copy the enum's into the class. ReprEnum keeps the data type's str() and format()."""
        enum_bases = [base for base in bases if isinstance(base, EnumType)]
        repr_only = any(issubclass(base, _repr_only_base) for base in enum_bases)
        for method in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if method in body:
                continue
            if repr_only and method == '__str__':
                body[method] = data_type.__dict__.get('__str__', data_type.__repr__)
            elif repr_only and method == '__format__':
                body[method] = data_type.__format__
            else:
                body[method] = getattr(enum_bases[-1], method)

    @staticmethod
    def _member_maker(body, bases, data_type, root):
        """Which __new__ makes members, and whether it takes the member's value as arguments."""
        if root:
            return object.__new__, False
        if '__new__' in body:
            return body['__new__'], True
        for base in bases:
            if isinstance(base, EnumType) and base._use_args_:
                return base._new_member_, True
        if data_type.__new__ is not object.__new__:
            return data_type.__new__, True
        return object.__new__, False

    @staticmethod
    def _value_repr(data_type, bases):
        for base in bases:
            if isinstance(base, EnumType) and base._value_repr_ is not None:
                return base._value_repr_
        for klass in data_type.__mro__:
            if klass is not object and '__repr__' in klass.__dict__:
                return klass.__dict__['__repr__']
        return None

    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        made = cls._new_member_(cls, *args) if cls._use_args_ else cls._new_member_(cls)
        if not hasattr(made, '_value_'):
            made._value_ = value if cls._member_type_ is object else cls._member_type_(*args)
        made._name_ = name
        made.__objclass__ = cls
        made.__init__(*args)
        made._sort_order_ = len(cls._member_names_)

        existing = cls._find_by_value(made._value_)
        if existing is not None:
            made = existing
        elif not (cls._is_flag() and (made._value_ == 0 or made._value_ & (made._value_ - 1))):
            cls._member_names_.append(name)
        cls._member_map_[name] = made
        try:
            hash(made._value_)
        except TypeError:
            cls._unhashable_values_.append(made._value_)
        else:
            cls._value2member_map_.setdefault(made._value_, made)
        cls._publish(name, made)

    def _publish(cls, name, made):
        # A member named like an inherited enum property (name, value) answers through a copy of it.
        for klass in cls.__mro__[1:]:
            found = klass.__dict__.get(name)
            if isinstance(found, property):
                answer = property(found.fget, found.fset, found.fdel, found.__doc__)
                answer.__set_name__(cls, name)
                answer.member = made
                type.__setattr__(cls, name, answer)
                return
        type.__setattr__(cls, name, made)

    def _find_by_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for known in cls._member_map_.values():
                if known._value_ == value:
                    return known
            return None

    def _is_flag(cls):
        return getattr(cls, '_boundary_', None) is not None

    def _compute_flag_masks(cls):
        everything = singles = 0
        for known in cls._member_map_.values():
            everything |= known._value_
        for name in cls._member_names_:
            singles |= cls._member_map_[name]._value_
        cls._flag_mask_ = everything
        cls._singles_mask_ = singles
        cls._all_bits_ = (1 << everything.bit_length()) - 1

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        return cls.__new__(cls, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE'), with names as a string, a sequence of names,
        a sequence of (name, value) pairs or a mapping."""
        bases = (cls,) if type is None else (type, cls)
        namespace = cls.__class__.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if names and isinstance(names, (list, tuple)) and isinstance(names[0], str):
            pairs, values = [], []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        for entry in names:
            if isinstance(entry, str):
                name, value = entry, names[entry]
            else:
                name, value = entry
            namespace[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (ValueError, KeyError, AttributeError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases, namespace, boundary=boundary)

    def __contains__(cls, candidate):
        if not isinstance(candidate, Enum):
            _warn_deprecated('in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
                             'False depending on whether the value is a member or the value of a member', 2)
            raise TypeError(
                    "unsupported operand type(s) for 'in': %r and %r"
                    % (type(candidate).__qualname__, cls.__class__.__qualname__))
        return isinstance(candidate, cls) and candidate._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getattr__(cls, name):
        # Reached only when ordinary lookup failed: members shadowed by a property, or nothing at all.
        if _name_kind('', name) != 'dunder':
            found = cls.__dict__.get('_member_map_', {}).get(name)
            if found is not None:
                return found
        raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Every member name (aliases too) with its member, read-only."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<%s %r>" % ('flag' if cls._is_flag() else 'enum', cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Subclass it and give each member a value in the class body (class Color(Enum): RED = 1); then
    Color.RED, Color(1) and Color['RED'] are the same member, len(Color) counts the members and
    list(Color) lists them in definition order. Members may have methods and attributes of their own.
    """

    def __new__(cls, value):
        # Color(1): members exist already, so "creating" one is looking it up.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            found = cls._find_by_value(value)  # unhashable: compared with every member's value
            if found is not None:
                return found
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as failure:
            exc = failure
        else:
            if result is None:
                raise ve_exc
            if isinstance(result, cls) or (cls.__dict__.get('_boundary_') is EJECT and isinstance(result, int)):
                return result
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value (start for the first member)."""
        if not last_values:
            return start
        try:
            highest = max(last_values)
            following = highest + 1
        except TypeError:
            following = None
        if following is None or highest != last_values[-1]:
            # 3.11 still copes with unsortable or decreasing values, but says 3.13 will not.
            _warn_deprecated(_AUTO_WARNING, 4)
        if following is not None:
            return following
        for previous in reversed(last_values):
            try:
                return previous + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show_value = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show_value(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            shown = set(object.__dir__(self))
        for klass in self.__class__.__mro__:
            if isinstance(klass, EnumType):
                shown.update(name for name in klass.__dict__
                             if name[0] != '_' and name not in klass._member_map_)
        shown.update(name for name in self.__dict__ if name[0] != '_')
        return sorted(shown)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


_AUTO_WARNING = ('In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be sortable '
                 'and support adding +1\nand the value returned will be the largest value in the enum '
                 'incremented by 1')
_lookup_by_value = Enum.__dict__['__new__']


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


_repr_only_base = ReprEnum


class IntEnum(int, ReprEnum):
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        made = str.__new__(cls, *values)
        made._value_ = str(*values)
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum is the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member names: STRICT raises ValueError,
    CONFORM drops the bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits_text(number, width):
    """3.11's picture of a number in Flag errors: '0b' + sign bit + ' ' + width two's complement bits."""
    if number < 0:
        number += 1 << width
        sign = '1'
    else:
        sign = '0'
    return '0b%s %s' % (sign, format(number, 'b').zfill(width))


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag is the next power of two above the highest value so far."""
        if not count:
            return 1 if start is None else start
        highest = 0
        for last_value in last_values:
            if not isinstance(last_value, int):
                raise TypeError('invalid flag value %r' % last_value) from None
            highest = max(highest, last_value)
        return 1 << highest.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(
                    '%r is not a valid %s' % (value, cls.__qualname__))
        known_bits = cls._flag_mask_
        if value < 0:
            value += cls._all_bits_ + 1
        stray = value & ~known_bits
        if stray or value < 0:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), known_bits.bit_length())
                raise ValueError(
                        '%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, width), _bits_text(known_bits, width)))
            if boundary is CONFORM:
                value &= known_bits
            elif boundary is EJECT:
                return value
        cached = cls._value2member_map_.get(value)
        if cached is not None:
            return cached
        return cls._make_pseudo_member(value)

    @classmethod
    def _make_pseudo_member(cls, value):
        """A member for a combination of bits: named after its members, the leftover bits as a number."""
        if cls._member_type_ is object:
            made = object.__new__(cls)
        else:
            made = cls._member_type_.__new__(cls, value)
        made._value_ = value
        parts = [single._name_ for single in cls._singles_in(value)]
        leftover = value & ~cls._singles_mask_
        if leftover and parts:
            parts.append(cls._numeric_repr_(leftover))
        made._name_ = '|'.join(parts) if parts else None
        return cls._value2member_map_.setdefault(value, made)

    @classmethod
    def _singles_in(cls, value):
        return [cls._member_map_[name] for name in cls._member_names_ if cls._member_map_[name]._value_ & value]

    def __repr__(self):
        show_value = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, show_value(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show_value(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                    "unsupported operand type(s) for 'in': %r and %r"
                    % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._singles_in(self._value_))

    def __len__(self):
        return len(self.__class__._singles_in(self._value_))

    def _bits_of(self, other):
        """The int an operand stands for, or None when the operation is not ours."""
        if isinstance(other, self.__class__):
            return other._value_
        member_type = self.__class__._member_type_
        if member_type is not object and isinstance(other, member_type):
            return other
        return None

    def __or__(self, other):
        bits = self._bits_of(other)
        return NotImplemented if bits is None else self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._bits_of(other)
        return NotImplemented if bits is None else self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._bits_of(other)
        return NotImplemented if bits is None else self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            self._inverted_ = self.__class__(self._value_ ^ self.__class__._flag_mask_)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """
    Support for integer-based Flags
    """

    # int's operators come first in the MRO; the flag's must answer instead.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: raises ValueError if any of the enumeration's names is an alias."""
    aliases = _aliases(enumeration)
    if aliases:
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
    return enumeration


def _aliases(enumeration):
    """(alias, canonical name) for each name of the enumeration that is another member's alias."""
    return [(name, found._name_) for name, found in enumeration.__members__.items() if name != found._name_]


def show_flag_values(value):
    """The single bits of value, lowest first."""
    bits = []
    while value:
        lowest = value & -value
        bits.append(lowest)
        value ^= lowest
    return bits


class EnumCheck(StrEnum):
    """What verify can check of an enumeration."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: raises ValueError if the enumeration fails one of the EnumCheck constraints given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = _aliases(enumeration)
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, name, kind)
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration, name)
        return enumeration

    @staticmethod
    def _check_continuous(enumeration, name, kind):
        values = {member._value_ for member in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if kind == 'flag':  # every power of two between the lowest and the highest bit
            expected = [1 << bit for bit in range(low.bit_length(), high.bit_length() - 1)]
        else:
            expected = range(low + 1, high)
        missing = [str(value) for value in expected if value not in values]
        if missing:
            raise ValueError(('invalid %s %r: missing values %s' % (kind, name, ', '.join(missing)))[:256])

    @staticmethod
    def _check_named_flags(enumeration, name):
        # a name that is no canonical member (an alias, a multi-bit value) may only combine bits members name
        named = {member._value_ for member in enumeration}
        incomplete, unnamed = [], 0
        for alias, member in enumeration._member_map_.items():
            value = member._value_
            if alias in enumeration._member_names_ or value < 0:
                continue
            missed = [bit for bit in show_flag_values(value) if bit not in named]
            if missed:
                incomplete.append(alias)
                for bit in missed:
                    unnamed |= bit
        if incomplete:
            if len(incomplete) == 1:
                who = 'alias %s is missing' % incomplete[0]
            else:
                who = 'aliases %s and %s are missing' % (', '.join(incomplete[:-1]), incomplete[-1])
            what = ('value 0x%x' if unnamed & (unnamed - 1) == 0 else 'combined values of 0x%x') % unnamed
            raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                             % (name, who, what))


def global_enum_repr(self):
    """repr of a member of a global_enum class: module.NAME, as the module's own constants read."""
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    """repr of a member of a global_enum Flag: module.A|module.B, module.Class(value) without a name."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if self & (self - 1) == 0:  # as 3.11's: a Flag that is not an int fails here with TypeError
        return '%s.%s' % (module, self._name_)
    return '|'.join(part if part[0].isdigit() else '%s.%s' % (module, part) for part in self._name_.split('|'))


def global_str(self):
    """str of a member of a global_enum class: its name alone."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the class's module, shown as module.NAME."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members that are globals of their module: pickled by name alone."""
    return self.name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)
