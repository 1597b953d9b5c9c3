"""multiprocessing.heap for the GIL Lab model: the shared memory that sharedctypes' objects and
synchronize's locks live in.

CPython's heap module hands out blocks of mmap'd arenas (written for the model, not copied). The
model's arenas are POSIX shared memory segments (_posixshmem.shm_map), carved with a bump allocator:
nothing is given back before the process that made a segment exits, which unlinks it. Another process
maps a segment by its name when it receives an object that lives there.
"""

import secrets
import weakref

import _posixshmem
from . import util

_ARENA_SIZE = 1 << 16
_ALIGNMENT = 16


class Arena(object):
    """One segment: its name, its size and this process's mapping of it (an mmap)."""

    _mapped = weakref.WeakValueDictionary()  # name -> Arena, one mapping per process

    def __init__(self, name, size, create):
        self.name = name
        self.size = size
        self._mmap = _posixshmem.shm_map('/' + name, create, size)
        self._used = 0
        Arena._mapped[name] = self
        if create:
            weakref.finalize(self, _posixshmem.shm_unlink, '/' + name)

    @classmethod
    def attached(cls, name, size):
        arena = cls._mapped.get(name)
        return arena if arena is not None else cls(name, size, False)

    def take(self, size):
        """The offset of size fresh (zero) bytes, or None when the arena is too full."""
        start = -(-self._used // _ALIGNMENT) * _ALIGNMENT
        if start + size > self.size:
            return None
        self._used = start + size
        return start


_arenas = []  # this process's own arenas, kept until it exits


def take(size):
    """(arena, offset) of size fresh bytes of this process's shared memory, aligned for any value."""
    for arena in _arenas:
        offset = arena.take(size)
        if offset is not None:
            return arena, offset
    arena = Arena('mp-' + secrets.token_hex(8), max(_ARENA_SIZE, size), True)
    _arenas.append(arena)
    return arena, arena.take(size)
