"""multiprocessing.dummy for the GIL Lab model: multiprocessing's API over threads.

Behaves as CPython 3.11's Lib/multiprocessing/dummy/__init__.py documents (written for the model,
not copied): Process is a thread, Pool a ThreadPool, the locks, Condition, Event, Barrier and
Queue are threading's and queue's, Manager() is this module. Everything runs in this interpreter,
so its threads take turns holding the GIL. Pipe and Array are not there (ImportError).
"""

import queue
import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

from ..managers import Namespace

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager', 'Pool', 'JoinableQueue',
]

Queue = queue.Queue
JoinableQueue = queue.Queue


class DummyProcess(threading.Thread):
    """A thread with a Process's exitcode: None until it ran, then 0."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._started_once = False

    def start(self):
        self._started_once = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._started_once and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread


def active_children():
    return [thread for thread in threading.enumerate() if isinstance(thread, DummyProcess) and thread.is_alive()]


def freeze_support():
    pass


dict = dict
list = list


class Value(object):

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    import sys
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
