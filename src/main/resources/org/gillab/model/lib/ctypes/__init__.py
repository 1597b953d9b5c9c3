"""ctypes: C types and calls into shared libraries.

Mirrors CPython's Lib/ctypes/__init__.py together with the types of Modules/_ctypes/_ctypes.c and
cfield.c; written for the model, not copied. The model's _ctypes module (Java, over JNA) knows only
addresses and C scalar kinds; this module builds the types, their memory layouts and the argument
conversions on it. A call through a CDLL releases the GIL, one through a PyDLL holds it, as in CPython.
The model has no C API: pythonapi, py_object and reading Python objects through addresses are refused.
"""

import sys as _sys
import operator as _operator
import _ctypes as _native

__version__ = "1.1.0"

RTLD_LOCAL = 0
RTLD_GLOBAL = 256
DEFAULT_MODE = RTLD_LOCAL
_FUNCFLAG_CDECL = 1
_FUNCFLAG_PYTHONAPI = 4
_FUNCFLAG_USE_ERRNO = 8
_FUNCFLAG_USE_LASTERROR = 16

get_errno = _native.get_errno
set_errno = _native.set_errno


class ArgumentError(Exception):
    pass


def _no_c_api(what):
    return NotImplementedError(what + ": the model has no C API (its objects are not CPython's)")


def _c_address(address):
    """address, refused when it is below 4 GiB, where a 64-bit process has no C heap, or when it is one of
    the model's id()s, which look like addresses but number its objects."""
    address = _operator.index(address)
    if 0 <= address < 1 << 32 or _native.is_object_id(address):
        raise _no_c_api("address %#x is no C address (the model's id() is not one)" % address)
    return address


# ---- the C scalar kinds: the format letters of cfield.c ----

_INT_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8}
_SIZES = dict(_INT_SIZES, **{"?": 1, "c": 1, "u": 4, "f": 4, "d": 8, "z": 8, "Z": 8, "P": 8})


def _call_code(letter):
    """The kind _ctypes.call passes a value of this letter as (libffi's type)."""
    if letter in "fd":
        return letter
    if letter in "zZP":
        return "P"
    return "i" if _SIZES[letter] <= 4 else "l"


def _real(value):
    if not (hasattr(type(value), "__float__") or hasattr(type(value), "__index__")):
        raise TypeError("must be real number, not %s" % type(value).__name__)
    return float(value)


def _string_copy(data, terminator):
    """Native memory holding data and a NUL, for a char* or wchar_t* made from bytes or str."""
    memory = _native.alloc(len(data) + len(terminator))
    _native.write_bytes(memory.address, data)
    return memory


def _store(letter, address, value):
    """Writes value as the letter's C type (cfield.c's setfunc); returns what must stay alive with it."""
    if letter in _INT_SIZES:
        _native.write_int(address, _INT_SIZES[letter], _operator.index(value))
    elif letter == "?":
        _native.write_int(address, 1, 1 if value else 0)
    elif letter == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            value = value[0]
        elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 256:
            raise TypeError("one character bytes, bytearray or integer expected")
        _native.write_int(address, 1, value)
    elif letter == "u":
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        _native.write_int(address, 4, ord(value))
    elif letter in "fd":
        _native.write_float(address, _SIZES[letter], _real(value))
    else:
        return _store_pointer(letter, address, value)
    return None


def _store_pointer(letter, address, value):
    keep = None
    if value is None:
        value = 0
    elif letter == "z" and isinstance(value, bytes):
        keep = _string_copy(value, b"\0")
        value = keep.address
    elif letter == "Z" and isinstance(value, str):
        keep = _string_copy(value.encode("utf-32-le"), b"\0" * 4)
        value = keep.address
    elif not isinstance(value, int):
        if letter == "z":
            raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
        if letter == "Z":
            raise TypeError("unicode string or integer address expected instead of %s instance" % type(value).__name__)
        raise TypeError("cannot be converted to pointer")
    _native.write_int(address, 8, value)
    return keep


def _load(letter, address):
    """Reads the letter's C type at address as a Python value (cfield.c's getfunc)."""
    if letter in _INT_SIZES:
        return _native.read_int(address, _INT_SIZES[letter], letter.islower())
    if letter == "?":
        return _native.read_int(address, 1, False) != 0
    if letter == "c":
        return _native.read_bytes(address, 1)
    if letter == "u":
        return chr(_native.read_int(address, 4, False))
    if letter in "fd":
        return _native.read_float(address, _SIZES[letter])
    pointer = _native.read_int(address, 8, False)
    if pointer == 0:
        return None
    if letter == "z":
        return _read_string(pointer, 1)
    if letter == "Z":
        return _read_string(pointer, 4)
    return pointer


def _raw(letter, address):
    """The value _ctypes.call passes for the letter's C value at address."""
    if letter in "fd":
        return _native.read_float(address, _SIZES[letter])
    if letter in "zZP":
        return _native.read_int(address, 8, False) or None
    return _native.read_int(address, _SIZES[letter], letter.islower() or letter == "c")


# ---- the metaclasses and base classes (_ctypes.c) ----

class _CDataType(type):
    """What every ctypes type can do: arrays (type * n), from_address, from_buffer, from_buffer_copy."""

    def __mul__(cls, length):
        return _array_type(cls, length, _sys._getframe(1).f_globals.get("__name__"))

    __rmul__ = __mul__

    def from_address(cls, address):
        return cls._at(_c_address(address), None)

    def from_buffer(cls, source, offset=0):
        """A view of source's bytes at offset, in place. The model can address only memory outside the JVM's
        heap: a mapped file (mmap of a file, shared memory); other buffers are refused (use from_buffer_copy)."""
        view = memoryview(source)
        if view.readonly:
            raise TypeError("underlying buffer is not writable")
        if offset < 0:
            raise ValueError("offset cannot be negative")
        size = _size_of_type(cls)
        if view.nbytes < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (view.nbytes, size + offset))
        address = _native.buffer_address(source)
        if not address:
            view.release()
            raise NotImplementedError("from_buffer(): the model's ctypes can view in place only a mapped file's "
                                      "memory (an mmap of a file, shared memory); use from_buffer_copy()")
        obj = cls._at(address + offset, None)
        obj._objects = view  # the export keeps the map open and mapped while obj lives (KeepRef)
        return obj

    def from_buffer_copy(cls, source, offset=0):
        data = bytes(source)
        size = _size_of_type(cls)
        if len(data) < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (len(data), size + offset))
        obj = cls()
        _native.write_bytes(obj._b_address_, data[offset:offset + size])
        return obj

    def in_dll(cls, library, name):
        return cls._at(_native.dlsym(library._handle, name), library)


class _CData:
    """Instance memory: its own block (_b_memory_), or a view into its base's (_b_base_). The bookkeeping
    lives in slots, so that an instance's __dict__ holds only what the program put there, as in CPython."""
    __module__ = "_ctypes"
    __slots__ = ("_b_memory_", "_b_address_", "_b_base_", "_objects", "__dict__")

    def __hash__(self):
        raise TypeError("unhashable type")  # mutable memory (PyCData_nohash)

    def __new__(cls, *args, **kwargs):
        return cls._made(_native.alloc(_size_of_type(cls, "abstract class")), None, None)

    @classmethod
    def _at(cls, address, base):
        """A view of the memory at address that keeps base alive (PyCData_AtAddress)."""
        return cls._made(None, address, base)

    @classmethod
    def _made(cls, memory, address, base):
        obj = object.__new__(cls)
        obj._b_memory_ = memory
        obj._b_address_ = memory.address if memory is not None else address
        obj._b_base_ = base
        obj._objects = None
        return obj

    @property
    def _b_needsfree_(self):
        return 0 if self._b_memory_ is None else 1

    def _keep(self, key, value):
        """Keeps value alive as long as this object's memory (KeepRef): in the root object's _objects."""
        if value is None:
            return
        root = self
        while root._b_base_ is not None and isinstance(root._b_base_, _CData):
            root = root._b_base_
        if root._objects is None:
            root._objects = {}
        root._objects[key] = value

    def __bytes__(self):
        """bytes(obj): its memory, which CPython exposes through the buffer protocol."""
        return _native.read_bytes(self._b_address_, _size_of_type(type(self)))

    def __reduce__(self):
        shared = self.__dict__.get("_wrapper")
        if shared is not None:
            # a multiprocessing.sharedctypes object: it crosses to a child as the shared block it lives in
            # (CPython's reduction.ForkingPickler has a reducer registered for its type)
            return shared._reduce_ctype(self)
        raise ValueError("ctypes objects containing pointers cannot be pickled")


def _size_of_type(cls, message="this type has no size"):
    size = getattr(cls, "_b_size_", None) if isinstance(cls, _CDataType) else None
    if size is None:
        raise TypeError(message)
    return size


def _is_fundamental(cls):
    """Whether cls is one of the simple types themselves, whose values ctypes hands out as Python values."""
    return isinstance(cls, PyCSimpleType) and cls.__bases__[0] is _SimpleCData


def _get(cls, address, base):
    """A field's or an item's value: a Python value for the fundamental simple types, else a view."""
    if _is_fundamental(cls):
        return _load(cls._type_, address)
    return cls._at(address, base)


def _set(cls, address, value, owner, key):
    """Stores value into a field or an item of type cls (cfield.c's PyCField_set, _ctypes.c's _PyCData_set)."""
    if isinstance(value, cls):
        _native.write_bytes(address, _native.read_bytes(value._b_address_, _size_of_type(cls)))
        owner._keep(key, value._objects)  # the copy needs what the value keeps alive, not the value
    elif isinstance(cls, PyCSimpleType):
        owner._keep(key, _store(cls._type_, address, value))
    elif isinstance(cls, PyCArrayType) and cls._type_._type_ in ("c", "u") and isinstance(value, (bytes, str)):
        cls._at(address, owner).value = value
    elif isinstance(cls, PyCArrayType) and isinstance(value, tuple):
        array = cls._at(address, owner)
        array.__init__(*value)
    elif isinstance(cls, PyCPointerType) and isinstance(value, Array) and value._type_ is cls._type_:
        _native.write_int(address, 8, value._b_address_)
        owner._keep(key, value)
    elif isinstance(cls, _StructureType):
        raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))
    else:
        raise TypeError("incompatible types, %s instance instead of %s instance" % (type(value).__name__, cls.__name__))


# ---- simple types ----

class PyCSimpleType(_CDataType):
    __module__ = "_ctypes"

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        letter = getattr(cls, "_type_", None)
        if letter is None:
            if bases != (_CData,):
                raise AttributeError("class must define a '_type_' attribute")
            return cls
        if not isinstance(letter, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(letter) != 1 or letter not in _SIZES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                             "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.")
        cls._b_size_ = cls._b_align_ = _SIZES[letter]
        return cls

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        letter = cls._type_
        if letter in "zZP":
            param = _pointer_param(letter, value)
        elif letter in _INT_SIZES or letter == "?":
            param = _argument(cls, value) if isinstance(value, int) else None
        elif letter in "fd":
            param = _argument(cls, value) if isinstance(value, (int, float)) else None
        elif letter == "c":
            param = _argument(cls, value) if isinstance(value, (bytes, int)) else None
        else:
            param = _argument(cls, value) if isinstance(value, str) else None
        if param is not None or value is None and letter in "zZP":
            return param
        as_parameter = getattr(value, "_as_parameter_", None)
        if as_parameter is not None:
            return cls.from_param(as_parameter)
        raise TypeError("wrong type")


def _argument(cls, value):
    """What from_param makes of a Python value: a C argument of the simple type cls (PyCArgObject)."""
    obj = cls(value)
    return CArgObject(obj, cls._type_)


def _pointer_param(letter, value):
    """c_char_p, c_wchar_p and c_void_p's from_param: what each accepts as a pointer (_ctypes.c)."""
    if value is None:
        return None
    if isinstance(value, int) and letter == "P":
        return _argument(c_void_p, value)
    if isinstance(value, bytes) and letter in "zP":
        return _argument(c_char_p, value)
    if isinstance(value, str) and letter in "ZP":
        return _argument(c_wchar_p, value)
    if isinstance(value, (Array, _Pointer)):
        element = value._type_
        if letter == "P" or getattr(element, "_type_", None) == {"z": "c", "Z": "u"}[letter]:
            return value
    if letter == "P" and isinstance(value, (CArgObject, _CFuncPtr)):
        return value
    if isinstance(value, _SimpleCData) and value._type_ in "zZP" and (letter == "P" or value._type_ == letter):
        return value
    return None


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    __module__ = "_ctypes"

    def __init__(self, *value):
        if len(value) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(value))
        if value:
            self.value = value[0]

    def _get_value(self):
        return _load(self._type_, self._b_address_)

    def _set_value(self, value):
        self._keep("0", _store(self._type_, self._b_address_, value))

    # a getset descriptor, as CPython's: Java for the number kinds, the two functions above for the rest
    value = _native.simple_value(_get_value, _set_value)
    del _get_value, _set_value

    def __bool__(self):
        return bool(self.value)

    def __repr__(self):
        if not _is_fundamental(type(self)):
            return "<%s object at %#x>" % (type(self).__qualname__, id(self))
        return "%s(%r)" % (type(self).__name__, self.value)


class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_float(_SimpleCData):
    _type_ = "f"


class c_double(_SimpleCData):
    _type_ = "d"


class c_longdouble(_SimpleCData):
    _type_ = "d"  # the model has no 80-bit long double; see README


# long long is long on LP64, as ctypes/__init__.py decides by their sizes.
c_longlong = c_long
c_ulonglong = c_ulong


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_char(_SimpleCData):
    _type_ = "c"


def _pointer_repr(self):
    """c_char_p(ADDRESS) and c_wchar_p(ADDRESS): the pointer's value, as s_get_repr shows it, None for NULL."""
    return "%s(%s)" % (type(self).__name__, _native.read_int(self._b_address_, 8, False) or None)


class c_char_p(_SimpleCData):
    _type_ = "z"
    __repr__ = _pointer_repr


class c_void_p(_SimpleCData):
    _type_ = "P"


c_voidp = c_void_p


class c_bool(_SimpleCData):
    _type_ = "?"


class c_wchar_p(_SimpleCData):
    _type_ = "Z"
    __repr__ = _pointer_repr


class c_wchar(_SimpleCData):
    _type_ = "u"


c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong
c_time_t = c_long


class py_object(_SimpleCData):
    _type_ = "P"

    def __init__(self, value=None):
        raise _no_c_api("py_object")


# ---- structures and unions (stgdict.c's layout) ----

class CField:
    """A field's descriptor: where in its structure it lies and of what type (cfield.c)."""
    __module__ = "_ctypes"

    def __init__(self, ctype, offset, size, name):
        self._type = ctype
        self.offset = offset
        self.size = size
        self._name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = _get(self._type, obj._b_address_ + self.offset, obj)
        if isinstance(value, Array) and _is_fundamental(value._type_) and value._type_._type_ in "cu":
            return value.value  # a char or wchar_t array field reads as bytes or str (cfield.c's "s" and "U")
        return value

    def __set__(self, obj, value):
        _set(self._type, obj._b_address_ + self.offset, value, obj, "%d" % self.offset)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")

    def __repr__(self):
        return "<Field type=%s, ofs=%d, size=%d>" % (self._type.__name__, self.offset, self.size)


def _bit_width(ctype, width):
    """A bit field's width, checked as PyCField_FromDesc does: integer types only, at most their size."""
    letter = getattr(ctype, "_type_", None)
    if not isinstance(ctype, PyCSimpleType) or not isinstance(letter, str) or letter not in _INT_SIZES and letter != "?":
        raise TypeError("bit fields not allowed for type %s" % ctype.__name__)
    if not isinstance(width, int) or not 0 < width <= ctype._b_size_ * 8:
        raise ValueError("number of bits invalid for bit field")
    return width


class _BitField(CField):
    """A bit field: width bits from bit bit_offset of the integer stored at its offset (cfield.c's
    bitfield getters and setters, little-endian). size encodes both, as CPython's CField.size does."""

    def __init__(self, ctype, offset, bit_offset, width, name):
        super().__init__(ctype, offset, (width << 16) + bit_offset, name)
        self._bit_offset = bit_offset
        self._width = width

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        ctype = self._type
        if ctype._type_ == "?":
            return _load("?", obj._b_address_ + self.offset)  # 3.11's bool getter reads the whole byte
        storage = _native.read_int(obj._b_address_ + self.offset, ctype._b_size_, False)
        value = (storage >> self._bit_offset) & ((1 << self._width) - 1)
        if ctype._type_.islower() and value >> (self._width - 1):
            value -= 1 << self._width  # a signed type's bit field is sign-extended
        return value

    def __set__(self, obj, value):
        ctype = self._type
        address = obj._b_address_ + self.offset
        if ctype._type_ == "?":
            _store("?", address, value)  # and its setter writes the whole byte, the other bits' too
            return
        mask = ((1 << self._width) - 1) << self._bit_offset
        storage = _native.read_int(address, ctype._b_size_, False)
        bits = (_operator.index(value) << self._bit_offset) & mask
        _native.write_int(address, ctype._b_size_, (storage & ~mask) | bits)

    def __repr__(self):
        return "<Field type=%s, ofs=%d:%d, bits=%d>" % (self._type.__name__, self.offset, self._bit_offset, self._width)


class _StructureType(_CDataType):
    """PyCStructType and UnionType: a class statement's _fields_ lay the fields out."""

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if "_fields_" in namespace:
            cls._lay_out(namespace["_fields_"])
        elif bases != (_CData,):  # without _fields_ a class has its base's fields, or none yet
            cls._b_size_ = getattr(bases[0], "_b_size_", 0)
            cls._b_align_ = getattr(bases[0], "_b_align_", 1)
            cls._b_fieldnames_ = getattr(bases[0], "_b_fieldnames_", ())
        return cls

    def __setattr__(cls, name, value):
        super().__setattr__(name, value)
        if name == "_fields_":
            cls._lay_out(value)

    def _lay_out(cls, fields):
        base = cls.__mro__[1]
        union = isinstance(cls, UnionType)
        offset = size = getattr(base, "_b_size_", 0)
        align = getattr(base, "_b_align_", 1)
        names = list(getattr(base, "_b_fieldnames_", ()))
        pack = cls.__dict__.get("_pack_", 0)
        bits_open = bit_offset = 0  # the bit field being filled: its storage's width in bits, the next free bit
        for index, field in enumerate(fields):
            if not isinstance(field, tuple) or len(field) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            name, ctype = field[0], field[1]
            if not isinstance(ctype, _CDataType) or not hasattr(ctype, "_b_size_"):
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % index)
            width = _bit_width(ctype, field[2]) if len(field) == 3 else 0
            if width and union:
                raise NotImplementedError("bit fields in a Union: the model's ctypes does not lay them out")
            ctype_bits = ctype._b_size_ * 8
            field_align = min(pack, ctype._b_align_) if pack else ctype._b_align_
            if union:
                descriptor = CField(ctype, 0, ctype._b_size_, name)
                size = max(size, ctype._b_size_)
            elif width and bits_open and ctype_bits <= bits_open and bit_offset + width <= bits_open:
                # cfield.c's CONT_BITFIELD: more bits of the open storage unit (at its end, as 3.11 computes it)
                descriptor = _BitField(ctype, offset - ctype._b_size_, bit_offset, width, name)
                bit_offset += width
            elif width and bits_open and ctype_bits >= bits_open and bit_offset + width <= ctype_bits:
                # EXPAND_BITFIELD: the open unit grows to this wider type
                offset += ctype._b_size_ - bits_open // 8
                size = offset
                bits_open = ctype_bits
                descriptor = _BitField(ctype, offset - ctype._b_size_, bit_offset, width, name)
                bit_offset += width
            else:
                # NEW_BITFIELD or a plain field: a new storage unit, aligned
                field_offset = (offset + field_align - 1) // field_align * field_align
                offset = size = field_offset + ctype._b_size_
                align = max(align, field_align)
                if width:
                    descriptor = _BitField(ctype, field_offset, 0, width, name)
                    bits_open, bit_offset = ctype_bits, width
                else:
                    descriptor = CField(ctype, field_offset, ctype._b_size_, name)
                    bits_open = bit_offset = 0
            if union:
                align = max(align, field_align)
            type.__setattr__(cls, name, descriptor)
            names.append(name)
        type.__setattr__(cls, "_b_size_", (size + align - 1) // align * align)
        type.__setattr__(cls, "_b_align_", align)
        type.__setattr__(cls, "_b_fieldnames_", tuple(names))

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls):
            return value
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


class PyCStructType(_StructureType):
    __module__ = "_ctypes"


class UnionType(_StructureType):
    __module__ = "_ctypes"


def _init_fields(self, *args, **kwargs):
    """Structure and Union's __init__: positional values fill the fields in order, base classes' first."""
    names = type(self)._b_fieldnames_
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    __module__ = "_ctypes"
    __init__ = _init_fields


class Union(_CData, metaclass=UnionType):
    __module__ = "_ctypes"
    __init__ = _init_fields


_Aggregate = (Structure, Union)


# ---- arrays ----

class PyCArrayType(_CDataType):
    __module__ = "_ctypes"

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


_array_types = {}


def _array_type(element, length, module):
    """element * length (PyCArrayType_from_ctype), made once per pair as CPython caches them."""
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (element, length)
    cls = _array_types.get(key)
    if cls is None:
        size = _size_of_type(element, "_type_ must have storage info")
        cls = PyCArrayType("%s_Array_%d" % (element.__name__, length), (Array,),
                           {"_type_": element, "_length_": length, "__module__": module})
        cls._b_size_ = size * length
        cls._b_align_ = element._b_align_
        _array_types[key] = cls
    return cls


class Array(_CData, metaclass=PyCArrayType):
    __module__ = "_ctypes"

    def __init__(self, *values):
        if len(values) > self._length_:
            raise IndexError("invalid index")
        for index, value in enumerate(values):
            self[index] = value

    def __len__(self):
        return self._length_

    def _item_address(self, index):
        if not isinstance(index, int):
            raise TypeError("indices must be integers")
        if index < 0:
            index += self._length_
        if not 0 <= index < self._length_:
            raise IndexError("invalid index")
        return self._b_address_ + index * self._type_._b_size_

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = [self[i] for i in range(*index.indices(self._length_))]
            return _joined(self._type_, items)
        return _get(self._type_, self._item_address(index), self)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            indices = range(*index.indices(self._length_))
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for i, item in zip(indices, value):
                self[i] = item
            return
        _set(self._type_, self._item_address(index), value, self, "%d" % index)

    @property
    def value(self):
        """A char array's bytes up to the first NUL; a wchar_t array's str (_ctypes.c's CharArray_get_value)."""
        text = self[:]
        end = text.find(b"\0" if isinstance(text, bytes) else "\0")
        return text if end < 0 else text[:end]

    @value.setter
    def value(self, value):
        if self._type_._type_ == "c":
            if not isinstance(value, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError("byte string too long")
            data = value + b"\0" if len(value) < self._length_ else value
        else:
            if not isinstance(value, str):
                raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError("string too long")
            data = (value + "\0" if len(value) < self._length_ else value).encode("utf-32-le")
        _native.write_bytes(self._b_address_, data)

    @property
    def raw(self):
        return _native.read_bytes(self._b_address_, self._length_)

    @raw.setter
    def raw(self, value):
        if len(value) > self._length_:
            raise ValueError("byte string too long")
        _native.write_bytes(self._b_address_, bytes(value))


def _joined(element, items):
    """A slice of a char array is bytes, of a wchar_t array str, else a list (Array_subscript)."""
    letter = getattr(element, "_type_", None) if _is_fundamental(element) else None
    if letter == "c":
        return b"".join(items)
    if letter == "u":
        return "".join(items)
    return items


# ---- pointers ----

class PyCPointerType(_CDataType):
    __module__ = "_ctypes"

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        cls._b_size_ = cls._b_align_ = 8
        return cls

    def from_param(cls, value):
        if value is None or isinstance(value, cls):
            return value
        if isinstance(value, cls._type_):
            return byref(value)
        if isinstance(value, (Array, _Pointer)) and value._type_ is cls._type_:
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls._type_):
            return value
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


class _Pointer(_CData, metaclass=PyCPointerType):
    __module__ = "_ctypes"

    def __init__(self, target=None):
        if target is not None:
            self.contents = target

    def _target(self):
        address = _native.read_int(self._b_address_, 8, False)
        if address == 0:
            raise ValueError("NULL pointer access")
        return address

    @property
    def contents(self):
        return self._type_._at(self._target(), self)

    @contents.setter
    def contents(self, target):
        if not isinstance(target, _CData):  # any ctypes object will do, as in CPython
            raise TypeError("expected %s instead of %s" % (self._type_.__name__, type(target).__name__))
        _native.write_int(self._b_address_, 8, target._b_address_)
        self._keep("1", target)

    def __getitem__(self, index):
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            return _joined(self._type_, [self[i] for i in range(*index.indices(index.stop))])
        return _get(self._type_, self._target() + _operator.index(index) * self._type_._b_size_, self)

    def __setitem__(self, index, value):
        address = self._target() + _operator.index(index) * self._type_._b_size_
        _set(self._type_, address, value, self, "%d" % index)

    def __bool__(self):
        return _native.read_int(self._b_address_, 8, False) != 0


_pointer_type_cache = {}


def POINTER(cls):
    """The type of pointers to cls, made once per type and named LP_<name>."""
    pointer_type = _pointer_type_cache.get(cls)
    if pointer_type is None:
        if not isinstance(cls, type):
            raise TypeError("must be a ctypes type")
        pointer_type = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,),
                                      {"_type_": cls, "__module__": _sys._getframe(1).f_globals.get("__name__")})
        _pointer_type_cache[cls] = pointer_type
    return pointer_type


def ARRAY(typ, length):
    return typ * length


def pointer(obj):
    if not isinstance(obj, _CData):
        raise TypeError("_type_ must have storage info")
    return POINTER(type(obj))(obj)


class CArgObject:
    """A C argument ready to pass (PyCArgObject): from_param's simple value, or byref()'s address inside a
    ctypes object, which it keeps alive."""
    __module__ = "builtins"

    def __init__(self, obj, tag, address=None):
        self._obj = obj
        self._tag = tag
        self._address = address

    def _parameter(self, keep):
        if self._address is not None:
            return "P", self._address
        return _parameter(self._obj, keep)

    def __repr__(self):
        tag = self._tag
        if self._address is not None:
            shown = "(%#x)" % self._address
        elif tag in _INT_SIZES or tag in "fd":
            shown = "(%r)" % self._obj.value
        elif tag == "c":
            shown = "('%s')" % self._obj.value.decode("latin-1")
        elif tag in "zZP":
            shown = "(%#x)" % _native.read_int(self._obj._b_address_, 8, False)
        else:
            shown = "at %#x" % id(self)
        return "<cparam '%s' %s>" % (tag, shown)


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return CArgObject(obj, "P", obj._b_address_ + offset)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_address_


def sizeof(obj):
    return _size_of_type(obj if isinstance(obj, type) else type(obj))


def alignment(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    if not hasattr(cls, "_b_align_"):
        raise TypeError("no alignment info")
    return cls._b_align_


def resize(obj, size):
    raise NotImplementedError("resize(): the model's ctypes objects keep the size they were made with")


def _pointer_value(obj):
    """The address a value stands for where C wants a pointer (cast's and c_void_p's reading of it)."""
    if obj is None:
        return 0
    if isinstance(obj, int):
        return obj
    if isinstance(obj, (_Pointer, _SimpleCData, _CFuncPtr)) and not isinstance(obj, (Array, _Aggregate)):
        if isinstance(obj, _CFuncPtr):
            return obj._b_fnaddr_
        return _native.read_int(obj._b_address_, 8, False)
    if isinstance(obj, CArgObject):
        return obj._address if obj._address is not None else _pointer_value(obj._obj)
    return obj._b_address_


def cast(obj, typ):
    if not (isinstance(typ, PyCPointerType) or isinstance(typ, PyCFuncPtrType)
            or isinstance(typ, PyCSimpleType) and typ._type_ in "zZP"):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % getattr(typ, "__name__", type(typ).__name__))
    if isinstance(obj, bytes):
        obj = c_char_p(obj)
    if isinstance(obj, _SimpleCData) and obj._type_ not in "zZP":
        raise ArgumentError("argument 1: TypeError: wrong type")
    result = typ.__new__(typ) if not isinstance(typ, PyCFuncPtrType) else typ(_pointer_value(obj))
    _native.write_int(result._b_address_, 8, _pointer_value(obj))
    if isinstance(obj, _CData):
        result._keep(str(id(obj)), obj)
    return result


# ---- strings and raw memory ----

def create_string_buffer(init, size=None):
    if isinstance(init, bytes):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


def create_unicode_buffer(init, size=None):
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_wchar * init)()
    raise TypeError(init)


def _read_string(address, char_size, length=-1):
    """The string of length characters at address, or up to its first NUL."""
    if length < 0:
        length = _native.strlen(address, char_size)
    data = _native.read_bytes(address, length * char_size)
    return data if char_size == 1 else data.decode("utf-32-le")


def string_at(ptr, size=-1):
    """The size bytes at ptr, or up to its first NUL (CPython's string_at)."""
    return _read_string(_c_address(_pointer_value(ptr)), 1, size)


def wstring_at(ptr, size=-1):
    return _read_string(_c_address(_pointer_value(ptr)), 4, size)


# ---- foreign functions (callproc.c) ----

class PyCFuncPtrType(_CDataType):
    __module__ = "_ctypes"

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        cls._b_size_ = cls._b_align_ = 8
        return cls

    def from_param(cls, value):
        if value is None or isinstance(value, cls):
            return value
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


def _check_argtypes(argtypes):
    for index, argtype in enumerate(argtypes):
        if not hasattr(argtype, "from_param"):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (index + 1))
    return tuple(argtypes)


def _result_code(restype):
    if restype is None:
        return "v"
    if isinstance(restype, PyCSimpleType):
        return _call_code(restype._type_)
    if isinstance(restype, (PyCPointerType, PyCFuncPtrType)):
        return "P"
    if isinstance(restype, _StructureType):
        raise NotImplementedError("the model's ctypes cannot return a Structure or Union by value")
    return "i"


def _from_c(ctype, raw):
    """A C value the call or callback got as a ctypes value (GetResult): fundamental types as Python values."""
    if ctype is None:
        return None
    if isinstance(ctype, _CDataType):
        obj = ctype()
        code = _result_code(ctype)
        if code in "fd":
            _native.write_float(obj._b_address_, _SIZES[code], raw)
        else:
            _native.write_int(obj._b_address_, min(_size_of_type(ctype), 8), raw or 0)
        return obj.value if _is_fundamental(ctype) else obj
    return ctype(raw)


def _parameter(value, keep):
    """The (code, C value) a converted argument is passed as (ConvParam); keep collects what must stay alive."""
    if value is None:
        return "P", None
    if isinstance(value, bool) or isinstance(value, int):
        return "i", value
    if isinstance(value, bytes):
        memory = _string_copy(value, b"\0")
        keep.append(memory)
        return "P", memory.address
    if isinstance(value, str):
        memory = _string_copy(value.encode("utf-32-le"), b"\0" * 4)
        keep.append(memory)
        return "P", memory.address
    if isinstance(value, _SimpleCData):
        return _call_code(value._type_), _raw(value._type_, value._b_address_)
    if isinstance(value, _Aggregate):
        raise NotImplementedError("the model's ctypes cannot pass a Structure or Union by value; pass byref() or pointer()")
    if isinstance(value, CArgObject):
        return value._parameter(keep)
    if isinstance(value, _CData):
        return "P", _pointer_value(value) or None
    as_parameter = getattr(value, "_as_parameter_", None)
    if as_parameter is not None:
        return _parameter(as_parameter, keep)
    return None


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    """A C function: one of a library's, one at an address, or a Python callable made callable from C."""
    __module__ = "_ctypes"
    _argtypes_ = None
    _restype_ = c_int
    _flags_ = _FUNCFLAG_CDECL

    def __init__(self, target):
        self.errcheck = None
        self._argtypes = type(self)._argtypes_
        self._restype = type(self)._restype_
        if isinstance(target, int):
            self._b_fnaddr_ = target
        elif isinstance(target, tuple):
            name, library = target
            self._b_fnaddr_ = _native.dlsym(library._handle, name)
            self.__name__ = name
        elif callable(target):
            self._callback(target)
        else:
            raise TypeError("argument must be callable or integer function address")
        _native.write_int(self._b_address_, 8, self._b_fnaddr_)

    def _callback(self, function):
        """A trampoline calling function with the C arguments converted (callbacks.c)."""
        argtypes = self._argtypes or ()
        restype = self._restype

        def args_from_c(*values):
            return tuple(_from_c(ctype, value) for ctype, value in zip(argtypes, values))

        def result_to_c(result):
            if restype is None:
                return None
            return _parameter(restype(result) if isinstance(restype, _CDataType) else result, [])[1]

        thunk = _native.callback(function, args_from_c, result_to_c,
                                 "".join(_result_code(t) for t in argtypes), _result_code(restype))
        self._b_fnaddr_ = thunk.address
        self._keep("thunk", thunk)

    @property
    def argtypes(self):
        return self._argtypes

    @argtypes.setter
    def argtypes(self, value):
        self._argtypes = None if value is None else _check_argtypes(value)

    @property
    def restype(self):
        return self._restype

    @restype.setter
    def restype(self, value):
        if value is not None and not isinstance(value, _CDataType) and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        self._restype = value

    def __call__(self, *args):
        argtypes = self._argtypes
        if argtypes is not None and len(args) < len(argtypes):
            n = len(argtypes)
            raise TypeError("this function takes at least %d argument%s (%d given)" % (n, "" if n == 1 else "s", len(args)))
        codes, values, keep = [], [], []
        for index, arg in enumerate(args):
            try:
                if argtypes is not None and index < len(argtypes):
                    arg = argtypes[index].from_param(arg)
                    keep.append(arg)
                param = _parameter(arg, keep)
                if param is None:
                    raise TypeError("Don't know how to convert parameter %d" % (index + 1))
            except Exception as e:
                raise ArgumentError("argument %d: %s: %s" % (index + 1, type(e).__name__, e)) from None
            codes.append(param[0])
            values.append(param[1])
        flags = self._flags_
        raw = _native.call(self._b_fnaddr_, "".join(codes), tuple(values), _result_code(self._restype),
                           not flags & _FUNCFLAG_PYTHONAPI, bool(flags & _FUNCFLAG_USE_ERRNO))
        result = _from_c(self._restype, raw)
        if self.errcheck is not None:
            return self.errcheck(result, self, args)
        return result

    def __bool__(self):
        return self._b_fnaddr_ != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))


_c_functype_cache = {}


def _call_flags(flags, use_errno, use_last_error):
    return flags | (_FUNCFLAG_USE_ERRNO if use_errno else 0) | (_FUNCFLAG_USE_LASTERROR if use_last_error else 0)


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    """The type of C functions of this signature, made once per signature (a class named CFunctionType)."""
    flags = _call_flags(_FUNCFLAG_CDECL, use_errno, use_last_error)
    key = (restype, argtypes, flags)
    if key not in _c_functype_cache:
        class CFunctionType(CFuncPtr):
            _argtypes_ = _check_argtypes(argtypes)
            _restype_ = restype
            _flags_ = flags
        _c_functype_cache[key] = CFunctionType
    return _c_functype_cache[key]


def PYFUNCTYPE(restype, *argtypes):
    class CFunctionType(CFuncPtr):
        _argtypes_ = _check_argtypes(argtypes)
        _restype_ = restype
        _flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI
    return CFunctionType


_CFuncPtr = CFuncPtr


# ---- libraries ----

class CDLL:
    """A shared library: its functions are attributes; calls release the GIL."""
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False, use_last_error=False, winmode=None):
        self._name = name
        flags = _call_flags(self._func_flags_, use_errno, use_last_error)

        class _FuncPtr(CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_
        self._FuncPtr = _FuncPtr
        if handle is None:
            if name is not None and not isinstance(name, str):
                name = str(name) if hasattr(name, "__fspath__") else name
            handle = _native.dlopen(name, mode)
        self._handle = handle

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name, self._handle, id(self))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        func = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, int):
            func.__name__ = name_or_ordinal
        return func


class PyDLL(CDLL):
    """A library whose functions are called holding the GIL, as if they were written against Python's C API."""
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def __getattr__(name):
    if name == "pythonapi":
        raise _no_c_api("ctypes.pythonapi")
    raise AttributeError("module 'ctypes' has no attribute %r" % name)


_libc = CDLL(None)
memmove = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_size_t)(_libc["memmove"]._b_fnaddr_)
memset = CFUNCTYPE(c_void_p, c_void_p, c_int, c_size_t)(_libc["memset"]._b_fnaddr_)
