"""ThreadPoolExecutor: the GIL Lab model's concurrent.futures.thread.

Mirrors the behaviour of CPython 3.11's Lib/concurrent/futures/thread.py as its documentation and
experiments with python3 show it; written for the model, not copied. Submitted calls wait in a
_queue.SimpleQueue; the pool starts a worker thread of the model (named ThreadPoolExecutor-N_M, or
after thread_name_prefix) only when no worker is idle, up to max_workers. A CPU-bound call holds the
GIL as it does in CPython; one that sleeps or blocks lets the others run.

Deliberately different: CPython's workers hold their executor through a weak reference, so that an
executor dropped without shutdown() lets its idle workers end early; the model's workers hold it
until it is shut down or the program exits (when every worker is told to stop and joined, before
threading joins the other non-daemon threads, as in CPython).
"""

import itertools
import os
import queue
import threading

from . import _base

# The live worker threads, each with the queue it serves: told to stop and joined at exit.
_live_workers = {}
_exiting = False
_exiting_lock = threading.Lock()


def _stop_workers_at_exit():
    global _exiting
    with _exiting_lock:
        _exiting = True
    workers = list(_live_workers.items())
    for _, calls in workers:
        calls.put(None)
    for thread, _ in workers:
        thread.join()


threading._register_atexit(_stop_workers_at_exit)


class _Call:
    """One submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return  # cancelled while it waited in the queue
        # the line that calls fn appears in users' tracebacks, as CPython's does
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as error:
            future.set_exception(error)
            # error's traceback holds this frame: drop what the frame refers to, so that neither
            # the call's arguments nor a future <-> traceback cycle outlive the call
            self = future = None
        else:
            future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    """A worker thread's body: the initializer, then calls from the queue until a None."""
    try:
        if callable(initializer):
            try:
                initializer(*initargs)
            except BaseException:
                _base._report('critical', 'Exception in initializer:', exc_info=True)
                executor._break()
                return
        while True:
            call = work_queue.get()
            if call is None:
                # shutdown() or the exit sent one None: pass it on to the next idle worker
                work_queue.put(None)
                return
            call.run()
            call = None  # let the call's objects go before this worker idles
            executor._idle_workers.release()
    except BaseException:
        _base._report('critical', 'Exception in worker', exc_info=True)
    finally:
        _live_workers.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs no more calls."""


class ThreadPoolExecutor(_base.Executor):
    """Runs calls in a pool of up to max_workers threads of this interpreter."""

    # numbers the pools that get the default thread name prefix: ThreadPoolExecutor-0, -1, ...
    _pool_numbers = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4): at least five threads for calls
        that wait on I/O, never more than 32. Each worker first runs initializer(*initargs).
        """
        if max_workers is None:
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix
                                    or 'ThreadPoolExecutor-%d' % next(self._pool_numbers))
        self._setup = (initializer, initargs)
        self._calls = queue.SimpleQueue()
        self._idle_workers = threading.Semaphore(0)  # one permit per worker waiting for a call
        self._threads = set()
        self._state_lock = threading.Lock()  # orders submit() against shutdown() and breakage
        self._shutdown = False
        self._broken = False  # or the reason, once an initializer failed

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on a worker thread and returns a Future for its result."""
        with self._state_lock, _exiting_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._calls.put(_Call(future, fn, args, kwargs))
            self._add_worker_unless_idle()
            return future

    def _add_worker_unless_idle(self):
        if self._idle_workers.acquire(timeout=0):
            return  # an idle worker takes the call
        started = len(self._threads)
        if started >= self._max_workers:
            return
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, started),
                                  target=_worker,
                                  args=(self, self._calls) + self._setup)
        worker.start()
        self._threads.add(worker)
        _live_workers[worker] = self._calls

    def _take_queued_calls(self):
        """Empties the queue: the calls no worker started (a None stays for the workers)."""
        taken = []
        saw_stop = False
        while True:
            try:
                call = self._calls.get_nowait()
            except queue.Empty:
                break
            if call is None:
                saw_stop = True
            else:
                taken.append(call)
        if saw_stop:
            self._calls.put(None)
        return taken

    def _break(self):
        """A worker's initializer failed: no call will run, queued or submitted later."""
        with self._state_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            doomed = self._take_queued_calls()
        # outside the lock: a done-callback may call submit(), which takes it
        for call in doomed:
            if not call.future.cancelled():
                call.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops the workers once the queued calls are done (cancel_futures: cancel those first);
        wait: return only when every worker has ended.
        """
        with self._state_lock:
            self._shutdown = True
            unstarted = self._take_queued_calls() if cancel_futures else []
            self._calls.put(None)  # each worker passes it on as it stops
        for call in unstarted:  # outside the lock, as their done-callbacks run here
            call.future.cancel()
        if wait:
            for worker in list(self._threads):
                worker.join()
