"""multiprocessing.dummy for the GIL Lab model: multiprocessing's API over threads.

Written for the model, not copied: it mirrors what CPython 3.11's Lib/multiprocessing/dummy/__init__.py
does as seen from a program. Process is a thread, Pool a ThreadPool, the locks, Condition, Event,
Barrier and Queue are threading's and queue's, Manager() is this module. Everything runs in this
interpreter, so its threads take turns holding the GIL. Pipe and Array are not there (ImportError):
CPython builds them on its connection and array modules, which the model lacks here.
"""

import queue
import sys
import threading
import weakref
from threading import Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore
from threading import current_thread as current_process

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pool', 'JoinableQueue',
]

# Threads share memory, so the "shared" containers and queues are the ordinary ones.
Queue = queue.Queue
JoinableQueue = queue.Queue
dict = dict
list = list

# The calling thread plays the process: current_process is threading.current_thread.


def _track_children_of(thread):
    """Gives a thread the registry of the DummyProcesses it starts (active_children reads it)."""
    thread._children = weakref.WeakKeyDictionary()


_track_children_of(current_process())


class DummyProcess(threading.Thread):
    """A thread with Process's constructor and an exitcode (Process in this module)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False
        self._parent = current_process()
        _track_children_of(self)

    def start(self):
        starter = current_process()
        if starter is not self._parent:
            # only the thread that made it may start it, as only a parent starts its process
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(self._parent, starter))
        self._start_called = True
        registry = getattr(self._parent, '_children', None)
        if registry is not None:
            registry[self] = None
        super().start()

    @property
    def exitcode(self):
        """0 once the thread has finished (whatever run() did), None before and while it runs."""
        finished = self._start_called and not self.is_alive()
        return 0 if finished else None


Process = DummyProcess


def active_children():
    """The DummyProcesses the calling thread started that are still running."""
    registry = current_process()._children
    for child in [child for child in registry if not child.is_alive()]:
        registry.pop(child, None)
    return [child for child in registry]


def freeze_support():
    """Nothing to do for threads."""


class Namespace(object):
    """A bag of attributes (what a Manager's Namespace() is); repr shows the public ones, sorted."""

    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        shown = sorted((key, value) for key, value in self.__dict__.items()
                       if not key.startswith('_'))
        return 'Namespace(%s)' % ', '.join('%s=%r' % pair for pair in shown)


class Value(object):
    """A value with a typecode, like multiprocessing.Value; threads need no lock around it."""

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
        return '<{}({!r}, {!r})>'.format(type(self).__name__, self._typecode, self._value)


def Manager():
    """The "manager" of threads is this module: its dict, list, Namespace, Queue... are the objects."""
    this_module = sys.modules[__name__]
    return this_module


def shutdown():
    """Nothing to shut down: no manager process was started."""


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of worker threads (multiprocessing.pool.ThreadPool)."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes=processes, initializer=initializer, initargs=initargs)
