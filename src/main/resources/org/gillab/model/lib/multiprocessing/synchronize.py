"""multiprocessing.synchronize for the GIL Lab model: Lock, RLock, Semaphore, BoundedSemaphore,
Condition, Event, Barrier.

Behaves as CPython 3.11's Lib/multiprocessing/synchronize.py documents (written for the model, not
copied). CPython's SemLock is a named POSIX semaphore; the model's is a counter in the parent
process, acquired and released by any process (without the GIL while it waits). An RLock knows its
owner as process id and thread ident, as CPython's does. A Condition's waiters and a Barrier's
parties wait in the parent too (_multiprocessing.SharedHandle 'condition' and 'barrier'); a
Barrier's action runs in the process of the last party to arrive, before the others go on.
"""

import os
import threading

from _multiprocessing import SharedHandle

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _owner():
    return '%d:%d' % (os.getpid(), threading.get_ident())


class SemLock(object):

    def __init__(self, value, maxvalue, recursive):
        self._handle = SharedHandle('semaphore', value, maxvalue, recursive)

    def acquire(self, block=True, timeout=None):
        return self._handle.call('acquire', _owner(), block, timeout)

    def release(self):
        self._handle.call('release', _owner())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def _depth(self):
        """How many times the calling thread holds this lock (0: it does not)."""
        held = self._handle.call('owner')
        return held[1] if held is not None and held[0] == _owner() else 0

    def _owner_name(self):
        held = self._handle.call('owner')
        if held is None:
            return None, 0
        owner, count = held
        count += getattr(self, '_nested', 0) if owner == _owner() else 0
        if owner != _owner():
            return 'SomeOtherProcess' if not owner.startswith('%d:' % os.getpid()) else 'SomeOtherThread', count
        from .process import current_process
        name = current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        return name, count


class Semaphore(SemLock):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value, 0, False)

    def get_value(self):
        return self._handle.call('value')

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self.get_value())


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value, value, False)
        self._maxvalue = value

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, self.get_value(), self._maxvalue)


class Lock(SemLock):

    def __init__(self):
        SemLock.__init__(self, 1, 1, False)

    def __repr__(self):
        return '<%s(owner=%s)>' % (self.__class__.__name__, self._owner_name()[0])


class RLock(SemLock):
    """The parent counts only the first acquire of the thread that holds the lock; the acquires it
    nests inside that one are counted here, with no round trip to the parent (a Synchronized value's
    every read and write takes its lock again inside the program's `with v.get_lock():`)."""

    def __init__(self):
        SemLock.__init__(self, 1, 1, True)
        self._holder = None  # _owner() of this process's thread that holds it, if one does
        self._nested = 0

    def acquire(self, block=True, timeout=None):
        me = _owner()
        if self._holder == me:
            self._nested += 1
            return True
        if not SemLock.acquire(self, block, timeout):
            return False
        self._holder, self._nested = me, 0
        return True

    def release(self):
        if self._holder == _owner():
            if self._nested:
                self._nested -= 1
                return
            self._holder = None
        SemLock.release(self)

    def _depth(self):
        depth = SemLock._depth(self)
        return depth + self._nested if depth else 0

    def __repr__(self):
        name, count = self._owner_name()
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
        depth = self._lock._depth()
        assert depth, 'must acquire() condition before using wait()'
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
        assert self._lock._depth(), 'lock is not owned'
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
