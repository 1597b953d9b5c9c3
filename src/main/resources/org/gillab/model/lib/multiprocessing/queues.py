"""multiprocessing.queues for the GIL Lab model: Queue, JoinableQueue, SimpleQueue.

Behaves as CPython 3.11's Lib/multiprocessing/queues.py documents (written for the model, not
copied). The queue itself lives in the parent process (_multiprocessing.SharedHandle); put and get
are calls on it, made without the GIL, from the parent directly and from a child over its pipe.
Items travel by value, as pickle sends them. get() and put() raise queue.Empty and queue.Full
(the handle imports the queue module when it raises one).
"""

from _multiprocessing import SharedHandle

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue(object):

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._handle = SharedHandle('queue', maxsize if maxsize > 0 else 0)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._handle.call('put', obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return self._handle.call('get', block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._handle.call('qsize')

    def empty(self):
        return self._handle.call('empty')

    def full(self):
        return self._handle.call('full')

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise AssertionError(f"Queue {self!r} not closed")

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def task_done(self):
        self._handle.call('task_done')

    def join(self):
        self._handle.call('join')


class SimpleQueue(object):

    def __init__(self):
        self._handle = SharedHandle('queue', 0)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._handle.call('empty')

    def get(self):
        return self._handle.call('get', True, None)

    def put(self, obj):
        self._handle.call('put', obj, True, None)
