"""asyncio's queues for the GIL Lab model, mirroring CPython 3.11's Lib/asyncio/queues.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. A queue keeps its items in a store (first in first out, a heap, or a stack)
and two lines of waiting tasks, each waiter a future: get() stands in the getters' line while the
queue is empty, put() in the putters' line while it is full (maxsize > 0). Every put counts an
unfinished task, which task_done() settles; join() waits on an Event until none is left.
"""

import collections
import heapq
import types

from . import locks
from . import mixins

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty")


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


class _FifoStore(collections.deque):
    """Items in the order they came: a Queue's."""

    push = collections.deque.append
    take = collections.deque.popleft


class _HeapStore(list):
    """Items smallest first: a PriorityQueue's."""

    def push(self, item):
        heapq.heappush(self, item)

    def take(self):
        return heapq.heappop(self)


class _StackStore(list):
    """Items last in, first out: a LifoQueue's."""

    push = list.append
    take = list.pop


def _wake_first(line):
    """Gives its turn to the first waiter of line still waiting (those done already are dropped)."""
    while line:
        waiter = line.popleft()
        if not waiter.done():
            waiter.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """A first in, first out queue for coroutines; maxsize <= 0 means no bound."""

    _store_type = _FifoStore

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = self._store_type()
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()

    __class_getitem__ = classmethod(types.GenericAlias)

    def _describe(self):
        # what repr() and str() show after the class name: the parts of the state worth seeing
        parts = [f"maxsize={self._maxsize!r}"]
        if self._queue:
            parts.append(f"_queue={list(self._queue)!r}")
        if self._getters:
            parts.append(f"_getters[{len(self._getters)}]")
        if self._putters:
            parts.append(f"_putters[{len(self._putters)}]")
        if self._unfinished_tasks:
            parts.append(f"tasks={self._unfinished_tasks}")
        return " ".join(parts)

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._describe()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._describe()}>"

    @property
    def maxsize(self):
        """The bound given to the constructor."""
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    async def _wait_in_line(self, line, blocked):
        """Waits in line while blocked() is true.

        A waiter cancelled just after it was given its turn hands the turn on to the next in line,
        so that no item (or free place) is left with nobody woken for it.
        """
        while blocked():
            waiter = self._get_loop().create_future()
            line.append(waiter)
            try:
                await waiter
            except BaseException:
                given_turn = waiter.done() and not waiter.cancelled()
                waiter.cancel()
                if waiter in line:
                    line.remove(waiter)
                if given_turn and not blocked():
                    _wake_first(line)
                raise

    async def put(self, item):
        """Puts item in the queue, waiting first for a free place if the queue is full."""
        await self._wait_in_line(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        """Puts item in the queue at once; QueueFull if there is no free place."""
        if self.full():
            raise QueueFull
        self._queue.push(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        """Takes an item out of the queue, waiting for one if it is empty."""
        await self._wait_in_line(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Takes an item out of the queue at once; QueueEmpty if there is none."""
        if not self._queue:
            raise QueueEmpty
        item = self._queue.take()
        _wake_first(self._putters)
        return item

    def task_done(self):
        """Marks one item taken out as processed; join() returns once every item put is."""
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Waits until every item put has been marked task_done()."""
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue whose get() takes the smallest item first (entries are often (priority, data) tuples)."""

    _store_type = _HeapStore


class LifoQueue(Queue):
    """A queue whose get() takes the item put last."""

    _store_type = _StackStore
