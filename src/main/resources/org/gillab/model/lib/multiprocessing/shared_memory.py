"""multiprocessing.shared_memory for the GIL Lab model: SharedMemory and ShareableList.

Behaves as CPython 3.11's Lib/multiprocessing/shared_memory.py documents on POSIX (written for the
model, not copied). A segment is a real POSIX shared memory object, /dev/shm/NAME, mapped by
_posixshmem.shm_map: every process that attaches by name, the model's workers and CPython's alike,
sees the same bytes, and SharedMemory.buf is a memoryview that writes them in place. Unlike
CPython's, no resource tracker process watches for segments left unlinked.
"""

import secrets
import struct
import types
from functools import partial

import _posixshmem

__all__ = ['SharedMemory', 'ShareableList']


def _make_filename():
    """A fresh segment name: psm_ and eight hex digits, as CPython makes them."""
    return 'psm_' + secrets.token_hex(4)


class SharedMemory:
    """A block of shared memory, made (create=True) or attached to by name."""

    _buf = None
    _mmap = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._mmap = _posixshmem.shm_map('/' + name, True, size)
                    break
                except FileExistsError:
                    continue
        else:
            self._mmap = _posixshmem.shm_map('/' + name, create, size)
        self._name = name
        self._size = self._mmap.size()
        self._buf = memoryview(self._mmap)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        """A memoryview of the block's contents."""
        return self._buf

    @property
    def name(self):
        """The unique name that other processes attach to the block with."""
        return self._name

    @property
    def size(self):
        """The size of the block in bytes."""
        return self._size

    def close(self):
        """Gives up this process's access to the block (the block itself stays until unlinked)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._mmap is not None:
            self._mmap.close()
            self._mmap = None

    def unlink(self):
        """Removes the block's name, so that the block goes once every process has closed it."""
        _posixshmem.shm_unlink('/' + self._name)


_encoding = 'utf8'


class ShareableList:
    """A list of int, float, bool, str, bytes and None values kept in a SharedMemory block.

    Its length is fixed, and each str or bytes item keeps the room it was given (rounded up to 8 bytes).
    The block holds: the item count; the items' offsets; their packed values; each item's struct format
    in 8 bytes; and one byte per item telling how to turn the unpacked value back into the item.
    """

    _types_mapping = {
        int: 'q',
        float: 'd',
        bool: 'xxxxxxx?',
        str: '%ds',
        bytes: '%ds',
        None.__class__: 'xxxxxx?x',
    }
    _alignment = 8
    _back_transforms_mapping = {
        0: lambda value: value,
        1: lambda value: value.rstrip(b'\x00').decode(_encoding),
        2: lambda value: value.rstrip(b'\x00'),
        3: lambda _value: None,
    }

    @staticmethod
    def _extract_recreation_code(value):
        if not isinstance(value, (str, bytes, None.__class__)):
            return 0
        if isinstance(value, str):
            return 1
        if isinstance(value, bytes):
            return 2
        return 3

    def _format_of(self, item):
        fmt = self._types_mapping[type(item)]
        if isinstance(item, (str, bytes)):
            fmt %= self._alignment * (len(item) // self._alignment + 1)
        return fmt

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = sequence or ()
            formats = [self._format_of(item) for item in sequence]
            self._list_len = len(formats)
            assert sum(len(fmt) <= 8 for fmt in formats) == self._list_len
            offsets = [0]
            for fmt in formats:
                offsets.append(offsets[-1] + (self._alignment if fmt[-1] != 's' else int(fmt[:-1])))
            self._allocated_offsets = offsets
            values = [item.encode(_encoding) if isinstance(item, str) else item for item in sequence]
            size = struct.calcsize('q' + self._format_size_metainfo + ''.join(formats)
                                   + self._format_packing_metainfo + self._format_back_transform_codes)
            self.shm = SharedMemory(name, create=True, size=size)
            buf = self.shm.buf
            struct.pack_into('q' + self._format_size_metainfo, buf, 0, self._list_len, *offsets)
            struct.pack_into(''.join(formats), buf, self._offset_data_start, *values)
            struct.pack_into(self._format_packing_metainfo, buf, self._offset_packing_formats,
                             *(fmt.encode(_encoding) for fmt in formats))
            struct.pack_into(self._format_back_transform_codes, buf, self._offset_back_transform_codes,
                             *(self._extract_recreation_code(item) for item in sequence))
        else:
            self.shm = SharedMemory(name)
            self._list_len = struct.unpack_from('q', self.shm.buf, 0)[0]
            self._allocated_offsets = list(struct.unpack_from(self._format_size_metainfo, self.shm.buf, 8))

    def _position(self, position, message):
        position = position if position >= 0 else position + self._list_len
        if not 0 <= position < self._list_len:
            raise IndexError(message)
        return position

    def _get_packing_format(self, position):
        raw = struct.unpack_from('8s', self.shm.buf, self._offset_packing_formats + position * 8)[0]
        return raw.rstrip(b'\x00').decode(_encoding)

    def _get_back_transform(self, position):
        code = struct.unpack_from('b', self.shm.buf, self._offset_back_transform_codes + position)[0]
        return self._back_transforms_mapping[code]

    def _set_packing_format_and_transform(self, position, fmt, value):
        struct.pack_into('8s', self.shm.buf, self._offset_packing_formats + position * 8, fmt.encode(_encoding))
        struct.pack_into('b', self.shm.buf, self._offset_back_transform_codes + position,
                         self._extract_recreation_code(value))

    def __getitem__(self, position):
        position = self._position(position, 'index out of range')
        offset = self._offset_data_start + self._allocated_offsets[position]
        (value,) = struct.unpack_from(self._get_packing_format(position), self.shm.buf, offset)
        return self._get_back_transform(position)(value)

    def __setitem__(self, position, value):
        position = self._position(position, 'assignment index out of range')
        offset = self._offset_data_start + self._allocated_offsets[position]
        current_format = self._get_packing_format(position)
        if isinstance(value, (str, bytes)):
            encoded = value.encode(_encoding) if isinstance(value, str) else value
            room = self._allocated_offsets[position + 1] - self._allocated_offsets[position]
            if len(encoded) > room:
                raise ValueError('bytes/str item exceeds available storage')
            new_format = current_format if current_format[-1] == 's' else self._types_mapping[str] % room
        else:
            encoded = value
            new_format = self._types_mapping[type(value)]
        self._set_packing_format_and_transform(position, new_format, value)
        struct.pack_into(new_format, self.shm.buf, offset, encoded)

    def __reduce__(self):
        return partial(self.__class__, name=self.shm.name), ()

    def __len__(self):
        return self._list_len

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        """The struct format of all the items as stored now."""
        return ''.join(self._get_packing_format(i) for i in range(self._list_len))

    @property
    def _format_size_metainfo(self):
        return 'q' * (self._list_len + 1)

    @property
    def _format_packing_metainfo(self):
        return '8s' * self._list_len

    @property
    def _format_back_transform_codes(self):
        return 'b' * self._list_len

    @property
    def _offset_data_start(self):
        return (self._list_len + 2) * 8

    @property
    def _offset_packing_formats(self):
        return self._offset_data_start + self._allocated_offsets[-1]

    @property
    def _offset_back_transform_codes(self):
        return self._offset_packing_formats + self._list_len * 8

    def count(self, value):
        """The number of items equal to value."""
        return sum(value == item for item in self)

    def index(self, value):
        """The position of the first item equal to value; ValueError where there is none."""
        for position, item in enumerate(self):
            if value == item:
                return position
        raise ValueError(f'{value!r} not in this container')

    __class_getitem__ = classmethod(types.GenericAlias)
