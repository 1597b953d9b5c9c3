"""Synchronized queues for threads: the GIL Lab model's queue module.

Mirrors the behaviour of CPython 3.11's Lib/queue.py as its documentation and experiments with
python3 show it; written for the model, not copied. Queue, LifoQueue and PriorityQueue are Python
over threading's Lock and Conditions, as CPython's are, so producers and consumers run bytecode and
contend for the GIL as they do in CPython; a put() or get() that must wait releases the GIL inside
the condition's wait. SimpleQueue and Empty come from the model's _queue (Java), as CPython's come
from its C _queue.
"""

import collections
import threading
from heapq import heappush, heappop
from time import monotonic
from types import GenericAlias

from _queue import Empty, SimpleQueue

__all__ = ['Empty', 'Full',
           'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

class Full(Exception):
    # the docstring users see in help() is CPython's, word for word
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(condition, ready, timeout):
    """With condition held: waits until ready() is true or timeout seconds (None: no limit) pass.

    Returns whether ready() became true; the caller raises Empty or Full in its own frame, where
    CPython's tracebacks show them.
    """
    if timeout is None:
        while not ready():
            condition.wait()
        return True
    deadline = monotonic() + timeout
    while not ready():
        left = deadline - monotonic()
        if left <= 0:
            return False
        condition.wait(left)
    return True


class Queue:
    """A first-in, first-out queue shared by threads; maxsize <= 0 means no bound.

    Subclasses choose the order by overriding _init, _qsize, _put and _get, which are called with
    the mutex held.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex behind three conditions, as in CPython: getters wait on not_empty, putters on
        # not_full, join() on all_tasks_done.
        self.mutex = lock = threading.Lock()
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(GenericAlias)

    def task_done(self):
        """Tells the queue that one item taken by get() has been dealt with; join() counts these.

        Raises ValueError if called more times than items were put.
        """
        all_done = self.all_tasks_done
        with all_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                all_done.notify_all()

    def join(self):
        """Waits until every item put has been got and marked with task_done()."""
        all_done = self.all_tasks_done
        with all_done:
            all_done.wait_for(self._all_tasks_done)

    def _all_tasks_done(self):
        return not self.unfinished_tasks

    def qsize(self):
        """The number of items now in the queue (it may change at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue holds no item now (it may change at once)."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """True if the queue is bounded and holds maxsize items now (it may change at once)."""
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Puts item in the queue, waiting for a free slot if the queue is bounded and full.

        block=False: raise Full at once if there is no room; otherwise wait, at most timeout
        seconds (None: no limit) before raising Full.
        """
        with self.not_full:
            if self.maxsize > 0:
                if block and timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                if not self._has_room():
                    if not block or not _wait_until(self.not_full, self._has_room, timeout):
                        raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Takes the next item out of the queue, waiting for one if it is empty.

        block=False: raise Empty at once if there is none; otherwise wait, at most timeout
        seconds (None: no limit) before raising Empty.
        """
        with self.not_empty:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not self._qsize():
                if not block or not _wait_until(self.not_empty, self._qsize, timeout):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, overridden by the subclasses below: a deque, oldest item on the left.
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    # the calls as CPython's lines read: an item that does not compare fails in this frame's line
    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the item put last first, as a stack does."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
