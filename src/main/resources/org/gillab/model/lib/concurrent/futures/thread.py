"""ThreadPoolExecutor: the GIL Lab model's concurrent.futures.thread.

Written for the model (not copied) to behave as CPython 3.11's Lib/concurrent/futures/thread.py
documents and does: worker threads of the model (named ThreadPoolExecutor-N_M, started only when no
worker is idle, up to max_workers) take work items from a _queue.SimpleQueue, so a CPU-bound call
holds the GIL as it would in CPython and an I/O-bound one (time.sleep, a lock) lets the others run.
At exit the workers are told to stop and joined before threading's non-daemon threads.

Where CPython holds the executor through a weak reference (so that an executor dropped without
shutdown() lets its idle workers go), the model's workers hold it until it is shut down or the
program ends.
"""

from concurrent.futures import _base
import os
import queue
import threading

_threads_queues = {}  # worker thread -> its work queue, for the exit
_shutdown = False
# the lock that keeps new work out once the interpreter is exiting
_global_shutdown_lock = threading.Lock()


def _python_exit():
    """At exit (before threading joins the non-daemon threads): wake every worker and wait for it."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    """One submitted call and the future of its result."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # the exception's traceback must not keep the work item alive
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_base._GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            try:
                _base._logger().critical('Exception in initializer:', exc_info=True)
            finally:
                executor._initializer_failed()  # even if the report fails: no future may wait forever
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()  # ready for the next call
                continue
            # None: the executor or the interpreter is shutting down
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)  # wake the next worker, which exits too
                return
    except BaseException:
        _base._logger().critical('Exception in worker', exc_info=True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """Runs calls in a pool of at most max_workers threads."""

    # numbers the executors for their threads' names: ThreadPoolExecutor-0_0, -0_1, then -1_0...
    _counter_value = 0
    _counter_lock = threading.Lock()

    @classmethod
    def _counter(cls):
        with cls._counter_lock:
            value = ThreadPoolExecutor._counter_value
            ThreadPoolExecutor._counter_value += 1
            return value

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4); each thread runs initializer(*initargs) first."""
        if max_workers is None:
            # at least 5 workers for I/O-bound calls, at most 32 not to use many resources on large machines
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # an idle worker takes the new item: start no thread
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # the calls not yet started will never run
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # cancel the calls that have not started
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # a None wakes a worker, which passes it on and exits
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
