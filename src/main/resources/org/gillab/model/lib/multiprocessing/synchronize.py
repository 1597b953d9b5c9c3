"""multiprocessing.synchronize for the GIL Lab model: Lock, RLock, Semaphore, BoundedSemaphore, Event.

Behaves as CPython 3.11's Lib/multiprocessing/synchronize.py documents (written for the model, not
copied). CPython's SemLock is a named POSIX semaphore; the model's is a counter in the parent
process, acquired and released by any process (without the GIL while it waits). An RLock knows its
owner as process id and thread ident, as CPython's does.
"""

import os
import threading

from _multiprocessing import SharedHandle

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event']


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

    def _owner_name(self):
        held = self._handle.call('owner')
        if held is None:
            return None, 0
        owner, count = held
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

    def __init__(self):
        SemLock.__init__(self, 1, 1, True)

    def __repr__(self):
        name, count = self._owner_name()
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


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
