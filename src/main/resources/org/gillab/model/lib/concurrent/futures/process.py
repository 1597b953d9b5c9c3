"""ProcessPoolExecutor: the GIL Lab model's concurrent.futures.process.

Written for the model (not copied) to behave as CPython 3.11's Lib/concurrent/futures/process.py
documents: calls run in worker processes (real OS processes, each with its own interpreter and
GIL: the model's multiprocessing Pool, started at the first submit), each call's Future completed
in the parent by the pool's result handler. As CPython's call queue, the pool is handed a few calls
more than there are workers, each then running; the others wait in the executor, where cancel()
still stops them. A worker that dies breaks the executor: its futures and every later submit raise
BrokenProcessPool.
"""

import collections
import os
import sys
import threading
import traceback
import weakref

import _multiprocessing
import multiprocessing
from multiprocessing.pool import Pool, RemoteTraceback
from multiprocessing.queues import _feed
from multiprocessing.process import ForkProcess, ForkServerProcess, SpawnProcess

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


_PROCESS_CLASSES = {'fork': ForkProcess, 'spawn': SpawnProcess, 'forkserver': ForkServerProcess}


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly: the executor can no longer be used."""


# what the calls that had not finished when a worker died raise
_WORKER_DIED = 'A process in the process pool was terminated abruptly while the future was running or pending.'


class _RemoteTraceback(Exception):
    """The worker's traceback, as the __cause__ of a call's exception (shown only if nothing catches it)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# the frame that heads a worker's traceback: the pool's call of the function, and CPython's executor's
_POOL_CALL = ('in worker\n', '    result = (True, func(*args, **kwds))\n', '                    ^^^^^^^^^^^^^^^^^^^\n')
_EXECUTOR_CALL = ('in _process_worker\n', '    r = call_item.fn(*call_item.args, **call_item.kwargs)\n',
                  '        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n')


def _executor_traceback(tb):
    """The pool's remote traceback text, its first frame the executor's worker loop, as CPython's shows."""
    lines = tb.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.endswith(_POOL_CALL[0]) and tuple(lines[i + 1:i + 3]) == _POOL_CALL[1:]:
            head = line[:-len(_POOL_CALL[0])].replace('multiprocessing/pool.py', 'concurrent/futures/process.py')
            lines[i:i + 3] = (head + _EXECUTOR_CALL[0],) + _EXECUTOR_CALL[1:]
            break
    return ''.join(lines)


def _process_worker(initializer, initargs):
    """A worker's setup, before its first call: the executor's initializer. If that raises, the worker
    logs it and ends, which breaks the executor, as CPython's worker loop does."""
    try:
        initializer(*initargs)
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
        sys.stderr.flush()
        os._exit(1)


class _ExecutorPool(Pool):
    """The executor's workers are plain processes of its context ('ForkProcess-N', 'SpawnProcess-N', not
    daemons), as in 3.11."""

    def __init__(self, process_class, processes, initializer, initargs, max_tasks_per_child):
        self._process_class = process_class
        if initializer is not None:
            initializer, initargs = _process_worker, (initializer, initargs)
        super().__init__(processes, initializer, initargs, max_tasks_per_child)

    @classmethod
    def _outcome(cls, job):
        success, value = super()._outcome(job)
        cause = None if success else value.__cause__
        if isinstance(cause, RemoteTraceback):
            value.__cause__ = _RemoteTraceback(_executor_traceback(cause.tb))
        return success, value

    @staticmethod
    def _unpicklable(task):
        # CPython's executor pickles a call on its call queue's feeder thread, and makes that thread's
        # traceback the cause of pickle's error (_SafeQueue._on_queue_feeder_error)
        error = _feed(task)
        if error is not None:
            error.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format(''.join(traceback.format_exception(error))))
        return error

    @staticmethod
    def _unsent(error, shown):
        # CPython's executor sends the pickling error itself, with the worker's traceback
        return error.with_traceback(None)

    def _worker_process(self):
        worker = self._process_class()
        worker._inherit_logging()
        return worker


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is None:
            # 3.11 spawns the workers of an executor that renews them: a forked worker could not be replaced
            mp_context = multiprocessing.get_context('spawn' if max_tasks_per_child is not None else None)
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if mp_context.get_start_method(allow_none=False) == 'fork':
                raise ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing "
                                 "start method; supply a different mp_context.")
        self._max_workers = max_workers
        # each worker process runs initializer(*initargs); it leaves after max_tasks_per_child calls, if set
        self._setup = (_PROCESS_CLASSES[mp_context.get_start_method()], max_workers, initializer, initargs,
                       max_tasks_per_child)
        self._pool = None
        self._waiting = collections.deque()  # (future, call) not yet handed to the workers
        self._handed = 0  # calls handed to the workers, not yet settled
        self._lock = threading.Lock()
        self._fed = threading.Condition(self._lock)  # notified when no call waits any longer
        self._closed = False
        self._broken = False
        _live_executors.add(self)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) in a worker process and returns a Future for its result."""
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._pool is None:
                self._pool = _ExecutorPool(*self._setup)
            f = _base.Future()
            self._waiting.append((f, (fn, args, kwargs)))
            self._feed()
        return f

    def _feed(self):
        """With the lock held: hands waiting calls to the workers while CPython's call queue would take
        them (max_workers + EXTRA_QUEUED_CALLS, 1). A call handed over is running: cancel() refuses it.
        One cancelled while it waited is dropped, never run, as CPython's executor manager thread does.
        Once shut down and fed, the pool closes."""
        while self._waiting and self._handed < self._max_workers + 1 and not self._broken:
            f, call = self._waiting.popleft()
            if f.set_running_or_notify_cancel():
                self._handed += 1
                self._hand_over(f, *call)
        if not self._waiting:
            self._fed.notify_all()
            if self._closed:
                self._pool.close()

    def _hand_over(self, future, fn, args, kwargs):
        self._pool.apply_async(fn, args, kwargs, callback=lambda value: self._settle(future, value, None),
                               error_callback=lambda error: self._settle(future, None, error))

    def _settle(self, future, value, error):
        """On the pool's result handler: completes the running future, and hands over the next call."""
        if isinstance(error, _multiprocessing.WorkerDiedError):
            self._break()
            error = BrokenProcessPool(_WORKER_DIED)
        with self._lock:
            self._handed -= 1
            self._feed()
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    def _break(self):
        """A worker died: so do the calls that wait, as CPython fails every pending work item."""
        with self._lock:
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            waiting = list(self._waiting)
            self._waiting.clear()
            self._fed.notify_all()
        for f, _ in waiting:
            if f.set_running_or_notify_cancel():
                f.set_exception(BrokenProcessPool(_WORKER_DIED))

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter); chunksize is accepted, each call is its own task."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Lets the worker processes end once the pending calls are done (cancel_futures: cancel
        those not started); wait: return only when the processes have ended.
        """
        with self._lock:
            self._closed = True
            if cancel_futures:
                for f, _ in self._waiting:
                    f.cancel()
                self._waiting.clear()
            pool = self._pool
            if pool is None:
                return
            self._feed()
            if not wait:
                return
            self._fed.wait_for(lambda: not self._waiting)
        pool.close()  # already, unless a dead worker left calls unfed
        pool.join()
        with self._lock:
            self._pool = None


# The executors not shut down: at exit, each finishes the calls submitted to it, as CPython's does
_live_executors = weakref.WeakSet()


def _finish_at_exit():
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_finish_at_exit)
