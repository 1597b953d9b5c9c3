"""ProcessPoolExecutor: the GIL Lab model's concurrent.futures.process.

Written for the model (not copied) to behave as CPython 3.11's Lib/concurrent/futures/process.py
documents: calls run in worker processes (real OS processes, each with its own interpreter and
GIL: the model's multiprocessing Pool, started at the first submit), each call's Future completed
in the parent by the pool's result handler. A worker that dies breaks the executor: its futures and
every later submit raise BrokenProcessPool.
"""

import os
import threading

import _multiprocessing
import multiprocessing
from multiprocessing.pool import Pool
from multiprocessing.process import ForkProcess, ForkServerProcess, SpawnProcess

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


_PROCESS_CLASSES = {'fork': ForkProcess, 'spawn': SpawnProcess, 'forkserver': ForkServerProcess}


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly: the executor can no longer be used."""


class _ExecutorPool(Pool):
    """The executor's workers are plain processes of its context ('ForkProcess-N', 'SpawnProcess-N', not
    daemons), as in 3.11."""

    def __init__(self, process_class, *args):
        self._process_class = process_class
        super().__init__(*args)

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
        self._pending = set()
        self._lock = threading.Lock()
        self._closed = False
        self._broken = False

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
            self._pending.add(f)
        self._pool.apply_async(fn, args, kwargs, callback=lambda value: self._settle(f, value, None),
                               error_callback=lambda error: self._settle(f, None, error))
        return f

    def _settle(self, future, value, error):
        """On the pool's result handler: completes the future, unless it was cancelled."""
        with self._lock:
            self._pending.discard(future)
        if isinstance(error, _multiprocessing.WorkerDiedError):
            self._break()
            error = BrokenProcessPool(
                'A process in the process pool was terminated abruptly while the future was running or pending.')
        if not future.set_running_or_notify_cancel():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    def _break(self):
        with self._lock:
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'

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
            pool = self._pool
            pending = list(self._pending) if cancel_futures else []
        for f in pending:
            f.cancel()
        if pool is None:
            return
        pool.close()
        if wait:
            pool.join()
            with self._lock:
                self._pool = None
