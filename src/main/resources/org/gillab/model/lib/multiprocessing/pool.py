"""multiprocessing.pool for the GIL Lab model: Pool, ThreadPool, AsyncResult, RemoteTraceback.

Behaves as CPython 3.11's Lib/multiprocessing/pool.py documents (written for the model, not
copied). The workers are the project's process pool (_multiprocessing.Pool, Java: real processes,
each with its own interpreter and GIL); each call is one task. Callbacks run in the parent on a
result-handler thread, in the order results arrive, as CPython's do; get() of a result with a
callback returns after the callback ran. ThreadPool has Pool's API over threads of this interpreter
(so its workers take turns holding the GIL, as CPython's do): the same results, a worker per thread.
"""

import itertools
import os
import queue
import threading
import time

import _multiprocessing

from . import get_context
from . import util

__all__ = ['Pool', 'ThreadPool']

RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A worker's result that pickle could not send back: both are kept as their reprs."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self)


class ApplyResult(object):
    """The result of apply_async (one call) or map_async/starmap_async (calls of mapstar or starmapstar,
    each on a chunk of the items, whose lists it joins)."""

    def __init__(self, pool, jobs, single, callback, error_callback):
        self._pool = pool
        self._jobs = jobs
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        self._delivered = None
        self._success = None
        self._value = None
        if callback is not None or error_callback is not None:
            self._delivered = threading.Event()
            pool._track(self)

    def _jobs_ready(self):
        # a call that terminate() cut short is never ready, as CPython's result never comes
        return all(job.ready() and not job._cut() for job in self._jobs)

    def ready(self):
        if self._delivered is not None:
            return self._delivered.is_set()
        return self._jobs_ready()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return all(job.successful() for job in self._jobs)

    def wait(self, timeout=None):
        if self._delivered is not None:
            self._delivered.wait(timeout)
            return
        for job in self._jobs:
            job.wait(timeout)  # a timeout per call: enough for the model's pools of a few calls
        if timeout is not None and any(job._cut() for job in self._jobs):
            time.sleep(timeout)  # cut short by terminate(): CPython's wait() runs out its timeout

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            from multiprocessing import TimeoutError
            raise TimeoutError
        self._fetch()
        if self._success:
            return self._value
        raise self._value

    def _fetch(self):
        """The value, or the exception re-raised from the worker (its own traceback left behind)."""
        if self._success is not None:
            return
        if self._single:
            self._success, self._value = self._pool._outcome(self._jobs[0])
            return
        values = []
        for job in self._jobs:  # the first chunk that failed, in the items' order
            success, value = self._pool._outcome(job)
            if not success:
                self._success, self._value = False, value
                return
            values.extend(value)
        self._success, self._value = True, values

    def _deliver(self):
        """On the result handler: the callback with the value, or the error callback with the exception."""
        try:
            self._fetch()
            if self._success:
                if self._callback is not None:
                    self._callback(self._value)
            elif self._error_callback is not None:
                self._error_callback(self._value)
        finally:
            self._delivered.set()

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__, id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """What map_async and starmap_async return: the results of every chunk, joined in the items' order."""




class IMapIterator(object):
    """What imap and imap_unordered return: each result as its call ends, in the order of the items or
    in the order the calls end; next(timeout) raises multiprocessing.TimeoutError when none is there."""

    def __init__(self, pool, jobs, next_index):
        self._pool = pool
        self._jobs = list(jobs)
        self._next_index = next_index

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if not self._jobs:
            raise StopIteration from None
        index = self._next_index(self._jobs, timeout)
        if not self._jobs[index].ready():
            from multiprocessing import TimeoutError
            raise TimeoutError
        success, value = self._pool._outcome(self._jobs.pop(index))
        if success:
            return value
        raise value

    __next__ = next


def _first_index(jobs, timeout):
    jobs[0].wait(timeout)
    return 0


class Pool(object):
    """A pool of worker processes; jobs can be submitted to it."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        # CPython's order of checks: a str is first compared with 1 (its TypeError), a float refused last
        self._processes = processes if processes is not None else _multiprocessing.cpu_count()
        if self._processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")  # True passes, as in 3.11
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if not isinstance(self._processes, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(processes).__name__)
        self._ctx = context if context is not None else get_context()
        workers = [self._worker_process() for _ in range(self._processes)]
        # each worker becomes its Process object, as CPython's children are the objects that started them
        self._workers = _multiprocessing.Pool(processes, [worker._become_current for worker in workers],
                                              maxtasksperchild, workers[0]._forks())
        self._initializer = initializer
        self._initargs = tuple(initargs)
        self._run_results()
        if maxtasksperchild is not None:
            # CPython's worker handler: a worker that ran its tasks exits and a new Process replaces it
            self._renewer = threading.Thread(target=self._renew_workers, daemon=True)
            self._renewer.start()

    def _renew_workers(self):
        while True:
            retired = self._workers._retired()
            if retired is None:
                return
            for _ in range(retired):
                self._workers._renew(self._worker_process()._become_current)

    def _worker_process(self):
        """A worker's Process object, as CPython's pool names and flags it: 'ForkPoolWorker-N' (or
        'SpawnPoolWorker-N'... after the context's start method), a daemon."""
        worker = self._ctx.Process(daemon=True)
        worker.name = worker.name.replace('Process', 'PoolWorker')
        worker._inherit_logging()
        return worker

    def _run_results(self):
        """The pool is running; results with callbacks go to a handler thread started when needed."""
        self._state = RUN
        self._changed = threading.Condition(threading.Lock())
        self._waiting = []
        self._handler = None
        self._renewer = None  # with maxtasksperchild: the thread that has retired workers replaced

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        job = self._submit(func, args, kwds)
        return ApplyResult(self, [job], True, callback, error_callback)

    def _submit(self, func, args, kwds=None):
        try:
            if self._initializer is None and not kwds:
                return self._workers.apply_async(func, args)
            return self._workers.apply_async(_call_in_worker, (self._initializer, self._initargs, func, tuple(args), dict(kwds or {})))
        except Exception:
            unpicklable = self._unpicklable((func, args, kwds))
            if unpicklable is None:
                raise
        return _UnsentTask(unpicklable)

    @staticmethod
    def _unpicklable(task):
        """pickle's error for a task the workers' codec refused (None if pickle takes it), as CPython's
        task handler thread meets it."""
        return _handle_tasks(task)

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        """The items in chunks, one task each, as CPython cuts them: by default about four chunks a worker."""
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize = -(-len(items) // (self._processes * 4))
        chunks = [tuple(items[start:start + chunksize]) for start in range(0, len(items), max(chunksize, 1))]
        jobs = [self._submit(mapper, ((func, chunk),)) for chunk in chunks]
        return MapResult(self, jobs, False, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """The results in order, each as soon as it (and those before it) are done."""
        self._check_running()
        return IMapIterator(self, [self._submit(func, (x,)) for x in iterable], _first_index)

    def imap_unordered(self, func, iterable, chunksize=1):
        """The results in the order they finish."""
        self._check_running()
        return IMapIterator(self, [self._submit(func, (x,)) for x in iterable], self._wait_any)

    @classmethod
    def _outcome(cls, job):
        """(True, value) or (False, the exception re-raised from the worker process, its traceback left
        behind: the worker's frames are in its RemoteTraceback cause)."""
        if isinstance(job, _UnsentTask):
            return False, job.error  # its traceback is the task handler's, as CPython's is
        try:
            return True, job.get()
        except Exception as e:
            shown = e.__dict__.pop('_unsent_result', None)  # set by the worker when pickle refused the result
            if shown is not None:
                return False, cls._unsent(e, shown)
            return False, e.with_traceback(None)

    @staticmethod
    def _unsent(error, shown):
        """What a result the worker could not send raises: CPython's worker sends a MaybeEncodingError
        in its place, with no remote traceback."""
        wrapped = MaybeEncodingError(error, None)
        wrapped.value = shown
        wrapped.args = (wrapped.exc, shown)
        return wrapped

    @staticmethod
    def _wait_any(jobs, timeout=None):
        """The index of a finished job, waiting up to timeout for one."""
        unsent = next((i for i, job in enumerate(jobs) if isinstance(job, _UnsentTask)), None)
        if unsent is not None:
            return unsent
        return _multiprocessing.wait_any(jobs, timeout)

    def _track(self, result):
        with self._changed:
            self._waiting.append(result)
            if self._handler is None:
                self._handler = threading.Thread(target=self._handle_results, daemon=True)
                self._handler.start()
            self._changed.notify()

    def _handle_results(self):
        # CPython's result handler thread: callbacks run here, one at a time, as results come in
        while True:
            with self._changed:
                while not self._waiting and self._state == RUN:
                    self._changed.wait()
                if not self._waiting:
                    return
                waiting = list(self._waiting)
            ready = [r for r in waiting if r._jobs_ready()]
            if not ready and self._state == TERMINATE:
                return  # what terminate() cut short is never delivered, as in CPython
            if not ready:
                pending = [job for r in waiting for job in r._jobs if not job.ready()]
                self._wait_any(pending, 0.05)
                continue
            for result in ready:
                with self._changed:
                    self._waiting.remove(result)
                result._deliver()

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._workers.close()
            with self._changed:
                self._changed.notify()

    def terminate(self):
        self._state = TERMINATE
        self._workers.terminate()
        with self._changed:
            self._changed.notify()
        self._join_handler()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._workers.join()
        self._join_handler()

    def _join_handler(self):
        for thread in (self._handler, self._renewer):
            if thread is not None and thread is not threading.current_thread():
                thread.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        cls = type(self)
        return '<%s.%s state=%s pool_size=%d>' % (cls.__module__, cls.__qualname__, self._state, self._processes)


def _handle_tasks(task):
    """pickle's error for a task, None if pickle takes it. Named, and its call written, as CPython's task
    handler thread, which sends each task down the workers' pipe: that frame heads the error's traceback.
    CPython's thread handles no exception as it pickles: the codec's refusal is no context of the error."""
    from .connection import _PicklingEnd
    put = _PicklingEnd().send
    try:
        put(task)
    except Exception as e:
        e.__context__ = None
        return e
    return None


class _UnsentTask(object):
    """A task pickle refused, so no worker got it: CPython's task handler fails its result at once."""

    def __init__(self, error):
        self.error = error

    def ready(self):
        return True

    def successful(self):
        return False

    def _cut(self):
        return False

    def wait(self, timeout=None):
        pass


def mapstar(args):
    # what a worker runs for a chunk of map()'s items: its frame shows in a failed call's traceback
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


_initialized = False


def _call_in_worker(initializer, initargs, func, args, kwds):
    """In a worker: the pool's initializer once per worker process, then func(*args, **kwds)."""
    global _initialized
    if initializer is not None and not _initialized:
        _initialized = True
        initializer(*initargs)
    return func(*args, **kwds)


class ThreadPool(Pool):
    """Pool's API with threads for workers (CPython's multiprocessing.pool.ThreadPool)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._workers = _ThreadWorkers(processes, initializer, tuple(initargs))
        self._initializer = None  # each worker thread runs it as it starts
        self._run_results()

    def _submit(self, func, args, kwds=None):
        return self._workers.apply_async(func, args, kwds or {})

    def _wait_any(self, jobs, timeout=None):
        return self._workers.wait_any(jobs, timeout)

    @staticmethod
    def _outcome(job):
        """(True, value) or (False, the exception with the worker thread's frames, as CPython's keeps them)."""
        job.wait()
        return job._success, job._value

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')


class _ThreadJob(object):
    """One call run by a ThreadPool's worker: what _multiprocessing.Pool's AsyncResult is to Pool."""

    def __init__(self, done, func, args, kwds):
        self._done = done
        self._call = (func, args, kwds)
        self._ready = False
        self._success = None
        self._value = None

    def _run(self):
        success, value = worker(*self._call)
        with self._done:
            self._value, self._success, self._ready = value, success, True
            self._done.notify_all()

    def ready(self):
        return self._ready

    def _cut(self):
        return False  # terminate() drops the calls not started: they never end

    def successful(self):
        return self._success

    def wait(self, timeout=None):
        with self._done:
            self._done.wait_for(self.ready, timeout)


def worker(func, args, kwds):
    # named, and its call written, as CPython's worker loop is: its frame heads a failed call's traceback
    try:
        result = (True, func(*args, **kwds))
    except BaseException as e:
        result = (False, e)
    return result


class _ThreadWorkers(object):
    """A ThreadPool's worker threads and the line of calls they take from."""

    def __init__(self, processes, initializer, initargs):
        self._calls = queue.SimpleQueue()
        self._done = threading.Condition(threading.Lock())
        self._threads = [threading.Thread(target=self._work, args=(initializer, initargs), daemon=True)
                         for _ in range(processes)]
        for thread in self._threads:
            thread.start()

    def _work(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            job = self._calls.get()
            if job is None:
                return
            job._run()

    def apply_async(self, func, args, kwds={}):
        job = _ThreadJob(self._done, func, tuple(args), kwds)
        self._calls.put(job)
        return job

    def wait_any(self, jobs, timeout=None):
        with self._done:
            self._done.wait_for(lambda: any(job.ready() for job in jobs), timeout)
        return next((i for i, job in enumerate(jobs) if job.ready()), 0)

    def close(self):
        for _ in self._threads:
            self._calls.put(None)  # after the calls already in line

    def terminate(self):
        while True:  # the calls not started are dropped, as CPython's terminate() drops them
            try:
                self._calls.get_nowait()
            except queue.Empty:
                break
        self.close()
        self.join()

    def join(self):
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join()
