"""multiprocessing.sharedctypes for the GIL Lab model: Value, Array, RawValue, RawArray.

Behaves as CPython 3.11's Lib/multiprocessing/sharedctypes.py documents for typecodes (written for
the model, not copied; the model has no ctypes, so types are given by their array-module typecode).
CPython keeps the values in shared memory; the model keeps them in the parent process, which the
children reach over their pipes. Stored values are converted as the ctypes type would: C integers
wrap around, doubles are floats, 'c' is one byte.
"""

import operator

from _multiprocessing import SharedHandle

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

_ctypes_names = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
    'f': 'c_float', 'd': 'c_double',
}
_bits = {'b': 8, 'B': 8, 'h': 16, 'H': 16, 'i': 32, 'I': 32, 'l': 64, 'L': 64, 'q': 64, 'Q': 64}


def _check_typecode(typecode):
    if not isinstance(typecode, str):
        raise TypeError("the GIL Lab model's sharedctypes take an array typecode ('i', 'd', 'c', ...), "
                        "not %r: it has no ctypes" % (typecode,))
    if typecode not in _ctypes_names:
        # CPython passes a code it does not know on to ctypes.sizeof as if it were a type
        raise TypeError("this type has no size")


def _default(typecode):
    return {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0}.get(typecode, 0)


def _convert(typecode, value):
    """The value as the ctypes type stores it."""
    if typecode in 'fd':
        if not isinstance(value, (int, float)):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return float(value)
    if typecode == 'c':
        if isinstance(value, int) and 0 <= value < 256:
            return bytes([value])
        if not isinstance(value, bytes) or len(value) != 1:
            raise TypeError("one character bytes, bytearray or integer expected")
        return value
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        return value
    value = operator.index(value)
    bits = _bits[typecode]
    value &= (1 << bits) - 1
    if typecode.islower() and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _lock_for(lock):
    if lock is True:
        from .synchronize import RLock
        return RLock()
    if lock is False or lock is None:
        return None
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


class SynchronizedBase(object):
    """A shared object's lock, and the with/acquire/release that use it, as in CPython's sharedctypes."""

    def __init__(self, lock):
        self._lock = lock

    def get_lock(self):
        return self._lock

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class Synchronized(SynchronizedBase):
    """A shared value with the lock that guards it (Value(typecode, v))."""

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._handle = SharedHandle('array', [_convert(typecode, value)])
        SynchronizedBase.__init__(self, lock)

    @property
    def value(self):
        return self._handle.call('get', 0)

    @value.setter
    def value(self, value):
        self._handle.call('set', 0, _convert(self._typecode, value))

    def __repr__(self):
        return '<%s wrapper for %s(%r)>' % (type(self).__name__, _ctypes_names[self._typecode], self.value)


class SynchronizedArray(SynchronizedBase):
    """A shared array with the lock that guards it (Array(typecode, ...))."""

    def __init__(self, typecode, values, lock):
        self._typecode = typecode
        self._handle = SharedHandle('array', [_convert(typecode, v) for v in values])
        self._length = len(values)
        SynchronizedBase.__init__(self, lock)

    def __len__(self):
        return self._length

    def _index(self, i):
        i = operator.index(i)
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            values = self._handle.call('slice', 0, self._length)[start:stop:step] if step != 1 or start >= stop \
                else self._handle.call('slice', start, stop)
            if self._typecode == 'c':
                return b''.join(values)
            if self._typecode == 'u':
                return ''.join(values)
            return values
        return self._handle.call('get', self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            indices = range(start, stop, step)
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for index, v in zip(indices, values):
                self._handle.call('set', index, _convert(self._typecode, v))
            return
        self._handle.call('set', self._index(i), _convert(self._typecode, value))

    def __iter__(self):
        return iter(self[:] if self._typecode not in 'cu' else list(self[:]))

    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        data = self[:]
        return data.split(b'\x00', 1)[0]

    def __repr__(self):
        return '<%s wrapper for <multiprocessing.sharedctypes.%s_Array_%d object at %#x>>' % (
            type(self).__name__, _ctypes_names[self._typecode], self._length, id(self))


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    _check_typecode(typecode_or_type)
    if len(args) > 1:
        raise TypeError("this constructor takes no more than 1 argument (%d given)" % len(args))
    value = args[0] if args else _default(typecode_or_type)
    return Synchronized(typecode_or_type, value, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    _check_typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        values = [_default(typecode_or_type)] * size_or_initializer
    elif typecode_or_type == 'c' and isinstance(size_or_initializer, bytes):
        values = [bytes([b]) for b in size_or_initializer]
    else:
        values = list(size_or_initializer)
    return SynchronizedArray(typecode_or_type, values, _lock_for(lock))
