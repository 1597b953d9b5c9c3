"""Enumerations: the GIL Lab model's enum module.

Written for the model (not copied) to behave as CPython 3.11's Lib/enum.py does: members are
singletons made when the class statement ends, kept in definition order, with aliases for repeated
values; Color(1) looks a member up by value and Color['RED'] by name; repr, str and format are
3.11's (<Color.RED: 1>, Color.RED; IntEnum and IntFlag print as their int); auto() numbers members
(powers of two for flags); Flag members combine with | & ^ ~ into composite members named "R|W".
IntEnum, StrEnum and IntFlag need int and str subclasses; FlagBoundary is a plain Enum here.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'property', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

# Set once they exist: the machinery below treats the base classes specially.
Enum = Flag = EJECT = ReprEnum = None


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    """_ClassName__name: a mangled private name, which is never a member."""
    prefix = '_%s__' % cls_name
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bits_lsb(value):
    """The single-bit values set in value, lowest first."""
    while value:
        bit = value & -value
        yield bit
        value ^= bit


class nonmember:
    """Protects a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member's value, to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property(DynamicClassAttribute):
    """A property on members that, looked up on the class, finds a member of that name instead."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name


class _EnumDict(dict):
    """The namespace of an enum's class body: it records which names become members, and their values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # a dict for its ordered keys
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                           '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self._member_names[key] = None
        dict.update(self, {key: value})  # dict.__setitem__, which the model's dict does not expose yet

    def _resolve_autos(self, key, value):
        """The value with auto() replaced (alone, or as items of a tuple), each value recorded."""
        single = isinstance(value, auto)
        items = (value,) if single else value
        if type(items) is tuple and any(isinstance(v, auto) for v in items):
            resolved = []
            for v in items:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                resolved.append(v)
            return resolved[0] if single else tuple(resolved)
        self._last_values.append(value)
        return value

    def update(self, members, **more_members):
        items = members.items() if hasattr(members, 'keys') else members
        for name, value in items:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """The metaclass of enumerations: makes the members, and answers len(), iter(), in and [] for the class."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        for key in classdict._ignore + ['_ignore_']:
            dict.pop(classdict, key, None)
        member_names = [name for name in classdict._member_names if name in classdict]
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in invalid_names)))
        order = dict.pop(classdict, '_order_', None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        values = {name: classdict[name] for name in member_names}
        namespace = {key: value for key, value in classdict.items() if key not in values}
        namespace.update({
            '_new_member_': new, '_use_args_': use_args, '_member_names_': [], '_member_map_': {},
            '_value2member_map_': {}, '_unhashable_values_': [], '_member_type_': member_type,
            '_value_repr_': metacls._find_data_repr_(cls, bases),
            '_boundary_': boundary or getattr(first_enum, '_boundary_', None),
            '_flag_mask_': 0, '_singles_mask_': 0, '_all_bits_': 0, '_inverted_': None,
        })
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if ReprEnum is not None and ReprEnum in bases:
            # str() and format() of a ReprEnum are its data type's: IntEnum prints as an int
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in namespace:
                enum_class.__format__ = member_type.__format__
            if '__str__' not in namespace:
                method = member_type.__str__
                enum_class.__str__ = member_type.__repr__ if method is object.__str__ else method
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            # the data type's methods must not stand in for the enum's own
            if name not in namespace and first_enum is not None:
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        for name, value in values.items():
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value):
        """Makes the member name = value: a new canonical member, or an alias of one with that value."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            new_member = cls._new_member_(cls, *args)
        else:
            new_member = cls._new_member_(cls)
        if not hasattr(new_member, '_value_'):
            if cls._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = cls
        new_member.__init__(*args)
        new_member._sort_order_ = len(cls._member_names_)
        is_flag = Flag is not None and issubclass(cls, Flag)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                new_member = canonical  # an alias
                break
        else:
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(name)
        if is_flag and isinstance(value, int):
            if _is_single_bit(value):
                cls._flag_mask_ |= value
                cls._singles_mask_ |= value
        type.__setattr__(cls, name, new_member)
        cls._member_map_[name] = new_member
        try:
            cls._value2member_map_.setdefault(value, new_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """Color(1) finds the member with that value; Enum('Color', 'RED GREEN') makes a new enumeration."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

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
        """Every member by name, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: an enumeration named class_name with the given member names (and values)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type members are instances of, the first enum base)."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] "
                            "enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base._value_repr_
                elif '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    if isinstance(base, EnumType):
                        continue
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether the enum brings its own, whether it takes the value)."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target is not None and target is not object.__new__ and (Enum is None or target is not Enum.__new__):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """An enumeration: its class attributes become its members, each with a name and a value."""

    def __new__(cls, value):
        # How a member is found from its value; members themselves are made by _new_member_.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto(): one more than the last value, or start for the first member."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in self.__class__.__mro__:
            if cls is Enum or cls is object:
                break
            for name, value in cls.__dict__.items():
                if name[0] != '_' and name not in self._member_map_:
                    names.add(name)
        names.update(name for name in self.__dict__ if name[0] != '_')
        return sorted(names)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

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
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's, only its repr() the enum's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """An auto() StrEnum value is the member's name in lower case."""
        return name.lower()


class FlagBoundary(Enum):
    """What a Flag does with a value that has bits no member has: STRICT raises, CONFORM drops them,
    EJECT returns a plain int, KEEP keeps them."""
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bin(value, max_bits):
    """bin() padded to max_bits, with 0b0 before the digits as enum's error messages show it."""
    digits = format(value, 'b')
    return '0b0 ' + digits.rjust(max_bits, '0')


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with | & ^ ~, and a combination is a member too."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (1 for the first)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are in value, in definition order."""
        found = [cls._value2member_map_.get(bit) for bit in _bits_lsb(value & cls._flag_mask_)]
        return sorted((m for m in found if m is not None), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A composite member for a combination of bits, made once and kept."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif value < 0:  # KEEP
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        members = cls._iter_member_(value)
        combined = 0
        for m in members:
            combined |= m._value_
        if combined:
            pseudo_member._name_ = '|'.join(m._name_ for m in members)
            unknown = value ^ combined
            if unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            if unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """Whether other's flags are all set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The canonical members set in self, in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        return NotImplemented if other is NotImplemented else self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        return NotImplemented if other is NotImplemented else self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        return NotImplemented if other is NotImplemented else self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(self._inverted_, self.__class__):
                self._inverted_._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""


def unique(enumeration):
    """A class decorator: raises ValueError if any member of the enumeration is an alias."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
