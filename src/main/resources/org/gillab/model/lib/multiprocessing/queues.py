"""multiprocessing.queues for the GIL Lab model: Queue, JoinableQueue, SimpleQueue.

Written for the model, not copied: it mirrors what CPython 3.11's Lib/multiprocessing/queues.py
does as seen from a program (results, exceptions, messages). The queue itself lives in the parent
process (_multiprocessing.SharedHandle of kind 'queue'); put and get are calls on it, made without
the GIL, by the parent directly and by a child over its pipe. Items travel by value, as pickle
sends them. A queue object travels as its handle, so every process that receives one talks to the
same queue, while close() only affects the object it is called on, as in CPython.
"""

import time
import traceback
import types
from queue import Full, Empty

from _multiprocessing import SharedHandle
from . import util
from .reduction import ForkingPickler as _ForkingPickler

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

# What CPython gives an unbounded queue as its maxsize: the largest value of a semaphore.
_UNBOUNDED = 2147483647


# Queue[int] and SimpleQueue[int] are generic aliases, as in CPython.
_generic_alias = classmethod(types.GenericAlias)

# What _take() answers when the queue had nothing to give in time (None is an item like any other).
_NOTHING = object()


def _succeeds(handle, operation, *args):
    """Runs a blocking operation; False when it gave up (queue.Empty or queue.Full from the handle).

    The callers raise Empty or Full themselves, after this returns, so that the exception has no
    context and its traceback ends on a plain "raise Empty", as CPython's does.
    """
    try:
        handle.call(operation, *args)
    except (Empty, Full):
        return False
    return True


def _feed(obj):
    """pickle's error for an item the queue's codec refused, None if pickle takes it (the codec refused
    it for another reason). CPython's put() leaves the item to a feeder thread, which pickles it in this
    function and line (so this frame heads the error's traceback), outside any exception handler: this
    runs in the handler of the codec's refusal, which is no context of pickle's error."""
    try:
        obj = _ForkingPickler.dumps(obj)
    except Exception as e:
        e.__context__ = None
        return e
    return None


def _put(handle, obj, block, timeout):
    """Whether the item went in before the timeout. One that pickle refuses does not, yet put() returns:
    CPython's feeder thread prints pickle's error (_on_queue_feeder_error) and drops the item."""
    try:
        return _succeeds(handle, 'put', obj, block, timeout)
    except Exception:
        unpicklable = _feed(obj)
        if unpicklable is None:
            raise
    traceback.print_exception(unpicklable)
    return True


def _take(handle, block, timeout):
    """The item got, or _NOTHING on queue.Empty (raised again by the caller, as above)."""
    try:
        return handle.call('get', block, timeout)
    except Empty:
        return _NOTHING


class Queue(object):
    """A FIFO queue shared by processes (multiprocessing.Queue)."""

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = _UNBOUNDED
        self._maxsize = maxsize
        self._handle = SharedHandle('queue', maxsize)
        self._closed = False

    __class_getitem__ = _generic_alias

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not block:
            timeout = None
        if not _put(self._handle, obj, bool(block), timeout):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is not None:
            # CPython works out a deadline first: a timeout that is no number fails here
            deadline = time.monotonic() + timeout
        elif not block:
            timeout = None
        item = _take(self._handle, bool(block), timeout)
        if item is _NOTHING:
            raise Empty
        return item

    def put_nowait(self, obj):
        self.put(obj, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def qsize(self):
        return self._handle.call('qsize')

    def empty(self):
        return self._handle.call('empty')

    def full(self):
        return self._handle.call('full')

    def close(self):
        """No more put() or get() through this object; the queue lives on for other processes."""
        self._closed = True

    def join_thread(self):
        # CPython joins its feeder thread here; the model has none, but keeps the precondition
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        """Nothing to cancel: the model's put() hands the item over before it returns."""


class JoinableQueue(Queue):
    """A Queue that counts unfinished items: task_done() per item got, join() until none is left."""

    def task_done(self):
        self._handle.call('task_done')

    def join(self):
        self._handle.call('join')


class SimpleQueue(object):
    """An unbounded queue with only get, put, empty and close (multiprocessing.SimpleQueue)."""

    def __init__(self):
        self._handle = SharedHandle('queue', 0)
        self._closed = False

    __class_getitem__ = _generic_alias

    def _usable_handle(self):
        # CPython's SimpleQueue is a pipe; once closed, its connection says so
        if self._closed:
            raise OSError("handle is closed")
        return self._handle

    def close(self):
        self._closed = True

    def empty(self):
        return self._usable_handle().call('empty')

    def get(self):
        return self._usable_handle().call('get', True, None)

    def put(self, obj):
        try:
            self._usable_handle().call('put', obj, True, None)
            return
        except Exception:
            if _feed(obj) is None:
                raise
        # pickle refuses the item: CPython's put() pickles it first, in this line, outside any handler
        obj = _ForkingPickler.dumps(obj)
