"""multiprocessing.sharedctypes for the GIL Lab model: Value, Array, RawValue, RawArray.

Behaves as CPython 3.11's Lib/multiprocessing/sharedctypes.py documents (written for the model, not
copied). A shared object is a ctypes object viewing a POSIX shared memory segment in place, as
CPython's views its mmap'd arena: RawValue and RawArray (and lock=False) return it bare, Value and
Array wrap it with a lock. A child maps the same segment by name when it receives the object, so
reads and writes reach every process without the parent's help; so does the lock (synchronize.py).
The segments are heap.py's arenas.
"""

import ctypes

from . import heap, synchronize

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': ctypes.c_char, 'u': ctypes.c_wchar,
    'b': ctypes.c_byte, 'B': ctypes.c_ubyte, 'h': ctypes.c_short, 'H': ctypes.c_ushort,
    'i': ctypes.c_int, 'I': ctypes.c_uint, 'l': ctypes.c_long, 'L': ctypes.c_ulong,
    'q': ctypes.c_longlong, 'Q': ctypes.c_ulonglong, 'f': ctypes.c_float, 'd': ctypes.c_double,
}

def _new_block(size):
    arena, offset = heap.take(size)
    return _Block(arena, offset, size)


class _Block(object):
    """Where one shared ctypes object lives (CPython's heap.BufferWrapper): an arena, an offset, a size."""

    def __init__(self, arena, offset, size):
        self._arena = arena
        self._offset = offset
        self._size = size

    def view(self, type_):
        return type_.from_buffer(self._arena._mmap, self._offset)

    def _reduce_ctype(self, obj):
        # an array's type is made again in the child from its element type and length
        if isinstance(obj, ctypes.Array):
            return _rebuild_ctype, (obj._type_, self._arena.name, self._arena.size, self._offset, self._size, obj._length_)
        return _rebuild_ctype, (type(obj), self._arena.name, self._arena.size, self._offset, self._size, None)


def _rebuild_ctype(type_, name, arena_size, offset, size, length):
    if length is not None:
        type_ = type_ * length
    return _on_block(type_, _Block(heap.Arena.attached(name, arena_size), offset, size))


def _on_block(type_, block):
    obj = block.view(type_)
    obj._wrapper = block
    return obj


def _new_value(type_):
    return _on_block(type_, _new_block(max(ctypes.sizeof(type_), 1)))


def RawValue(typecode_or_type, *args):
    """A ctypes object in shared memory, not synchronized."""
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    obj = _new_value(type_)
    obj.__init__(*args)
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A ctypes array in shared memory, not synchronized."""
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _new_value(type_ * size_or_initializer)
    array_type = type_ * len(size_or_initializer)
    obj = _new_value(array_type)
    obj.__init__(*size_or_initializer)
    return obj


def _with_lock(obj, lock, ctx):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A ctypes object in shared memory, with a lock unless lock is False."""
    return _with_lock(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A ctypes array in shared memory, with a lock unless lock is False."""
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def copy(obj):
    """A new shared object holding what obj holds."""
    new_obj = _new_value(type(obj))
    ctypes.pointer(new_obj)[0] = obj
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped with lock (a new RLock if None): the wrapper class follows obj's type."""
    if isinstance(obj, ctypes._SimpleCData):
        return Synchronized(obj, lock, ctx)
    if isinstance(obj, ctypes.Array):
        if obj._type_ is ctypes.c_char:
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    raise TypeError("the GIL Lab model's synchronized() wraps simple ctypes values and arrays, not %s"
                    % type(obj).__name__)


class SynchronizedBase(object):
    """A shared ctypes object and the lock that guards it: with/acquire/release use the lock."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else synchronize.RLock()
        # the lock's own bound methods, as CPython's wrapper has them
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        # a child gets the object (its block of shared memory) and the lock, wrapped again
        return synchronized, (self._obj, self._lock)

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


def _locked_attribute(name):
    """A property reading and writing obj.<name> with the lock held, taken through the wrapper's own
    acquire and release (the lock's bound methods: one call each, where a with block costs two)."""
    def get(self):
        self.acquire()
        try:
            return getattr(self._obj, name)
        finally:
            self.release()

    def set(self, value):
        self.acquire()
        try:
            setattr(self._obj, name, value)
        finally:
            self.release()
    return property(get, set)


class Synchronized(SynchronizedBase):
    value = _locked_attribute('value')


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self._lock:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):
    value = _locked_attribute('value')
    raw = _locked_attribute('raw')
