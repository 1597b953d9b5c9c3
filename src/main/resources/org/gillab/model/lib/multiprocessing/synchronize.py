"""multiprocessing.synchronize for the GIL Lab model: Lock, RLock, Semaphore, BoundedSemaphore,
Condition, Event, Barrier.

Behaves as CPython 3.11's Lib/multiprocessing/synchronize.py documents (written for the model, not
copied). CPython's SemLock is a named POSIX semaphore; the model's (_multiprocessing.SemLock) is
likewise a count in shared memory, a slot of one of heap.py's arenas, which every process that has
the lock maps and takes and gives back by compare-and-set, with no other process involved; one that
must wait does so without the GIL, polling at growing intervals (Java has no futex to sleep on). Its
holder is recorded as process id and thread ident, as CPython's is. A Condition's waiters and a Barrier's
parties wait in the parent (_multiprocessing.SharedHandle 'condition' and 'barrier'); a
Barrier's action runs in the process of the last party to arrive, before the others go on.
"""

import threading

import _multiprocessing
from _multiprocessing import SharedHandle

from . import heap
from . import util

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

_SLOT_SIZE = 32  # what _multiprocessing.SemLock keeps in shared memory


class SemLock(object):
    """A lock or semaphore whose count and holder live in a slot of a heap arena: the _multiprocessing
    SemLock of every process that has it works on the same memory. Sent to another process, it goes as
    where that slot is."""

    def __init__(self, value, maxvalue, recursive):
        arena, offset = heap.take(_SLOT_SIZE)
        self._where = (arena.name, offset, recursive, maxvalue)
        self._semlock = _multiprocessing.SemLock(*self._where, value)
        self._bind()

    def _bind(self):
        # the bound methods of the lock itself, so that v.acquire() costs one call
        sem = self._semlock
        self.acquire, self.release = sem.acquire, sem.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *exc_info):
        return self._semlock.__exit__(*exc_info)

    def __getstate__(self):
        return self._where

    def __setstate__(self, where):
        self._where = where
        self._semlock = _multiprocessing.SemLock(*where)
        self._bind()

    def _holder(self):
        """Who holds the lock as this process and thread see it, as CPython's reprs name it."""
        sem = self._semlock
        if not sem._is_mine():
            if sem._get_value() == 1:
                return None
            return 'SomeOtherThread' if sem._count() > 0 else 'SomeOtherProcess'
        from .process import current_process
        thread = threading.current_thread().name
        return current_process().name + ('' if thread == 'MainThread' else '|' + thread)


class Semaphore(SemLock):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value, 0, False)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self.get_value())


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value, value, False)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, self.get_value(), self._where[3])


class Lock(SemLock):

    def __init__(self):
        SemLock.__init__(self, 1, 1, False)

    def __repr__(self):
        return '<%s(owner=%s)>' % (self.__class__.__name__, self._holder())


class RLock(SemLock):

    def __init__(self):
        SemLock.__init__(self, 1, 1, True)

    def __repr__(self):
        name = self._holder()
        if name is None:
            count = 0
        elif name.startswith('SomeOther'):
            count = 'nonzero'
        else:
            count = self._semlock._count()
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition(object):

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._handle = SharedHandle('condition')

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        depth = self._lock._semlock._count()
        # the ticket is taken while the lock is held: a notify after the release below finds it
        ticket = self._handle.call('ticket')
        for _ in range(depth):
            self._lock.release()
        try:
            return self._handle.call('wait', ticket, timeout)
        finally:
            for _ in range(depth):
                self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            from time import monotonic
            endtime = monotonic() + timeout
        waittime = timeout
        while not result:
            if timeout is not None:
                waittime = endtime - monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        self._handle.call('notify', n)

    def notify_all(self):
        self.notify(1 << 62)

    def __repr__(self):
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, self._handle.call('waiters'))


class Event(object):

    def __init__(self):
        self._handle = SharedHandle('event')

    def is_set(self):
        return self._handle.call('is_set')

    def set(self):
        self._handle.call('set')

    def clear(self):
        self._handle.call('clear')

    def wait(self, timeout=None):
        return self._handle.call('wait', timeout)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(object):
    """threading.Barrier's API for processes; its state lives in the parent (SharedBarrier)."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._handle = SharedHandle('barrier', parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        index = self._handle.call('arrive', timeout)
        if index + 1 == self._parties:
            # the last to arrive runs the action before anyone is released, as threading's does
            try:
                if self._action:
                    self._action()
            except:
                self._handle.call('break')
                raise
            self._handle.call('release')
        return index

    def reset(self):
        self._handle.call('reset')

    def abort(self):
        self._handle.call('abort')

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._handle.call('n_waiting')

    @property
    def broken(self):
        return self._handle.call('broken')

    def __repr__(self):
        where = '<%s.%s at %#x' % (self.__class__.__module__, self.__class__.__qualname__, id(self))
        if self.broken:
            return where + ': broken>'
        return where + ': waiters=%d/%d>' % (self.n_waiting, self._parties)
