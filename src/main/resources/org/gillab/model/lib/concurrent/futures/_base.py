"""Futures and the functions that wait for them: the GIL Lab model's concurrent.futures._base.

Mirrors the behaviour of CPython 3.11's Lib/concurrent/futures/_base.py as its documentation and
experiments with python3 show it; written for the model, not copied. A Future guards its state with
a threading.Condition, and wait()/as_completed() sleep on a threading.Event, so every wait releases
the model's GIL and every state change contends for it, as in CPython. Lines that users see in
tracebacks (Future.result re-raising, Executor.map's iterator) read as CPython's do.
"""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's life: PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED, which becomes
# CANCELLED_AND_NOTIFIED once the executor has seen the cancellation and told wait()/as_completed().
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# What repr() shows for each state.
_STATE_TO_DESCRIPTION_MAP = {state: state.split('_')[0].lower() for state in _FUTURE_STATES}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# wait() and as_completed() count a cancelled future as done only once its executor noticed.
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def __getattr__(name):
    # CPython creates LOGGER at import; the model imports logging only when someone asks for it
    # (or something must be reported), which keeps `import concurrent.futures` quick.
    if name == 'LOGGER':
        import logging
        return logging.getLogger("concurrent.futures")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _report(level, message, *args, **options):
    """Logs on the 'concurrent.futures' logger; 'exception' also prints the current traceback."""
    getattr(__getattr__('LOGGER'), level)(message, *args, **options)


class Error(Exception):
    """Base class of the errors concurrent.futures raises."""


class CancelledError(Error):
    """The Future was cancelled before it produced a result."""


TimeoutError = TimeoutError  # since 3.11 concurrent.futures uses the built-in TimeoutError


class InvalidStateError(Error):
    """The Future is not in a state that allows this operation."""


class BrokenExecutor(RuntimeError):
    """The executor has failed and accepts no more work."""


class _Watcher:
    """Collects futures as they complete, for one call of wait() or as_completed().

    A Future calls arrived() (holding its own condition) when it finishes or its cancellation is
    noticed; the watcher wakes the waiting thread once `enough` says the wait may end.
    """

    def __init__(self, enough):
        self._enough = enough
        self._guard = threading.Lock()
        self._arrivals = []
        self.woken = threading.Event()

    def arrived(self, future):
        with self._guard:
            self._arrivals.append(future)
            if self._enough(future):
                self.woken.set()

    def take_arrivals(self):
        """The futures that arrived since the last call, oldest first; re-arms the wake-up."""
        with self._guard:
            arrivals, self._arrivals = self._arrivals, []
            self.woken.clear()
        return arrivals


def _watch(futures, watcher):
    """Attaches watcher to each unsettled future; returns the ones that were settled already.

    Each future is checked and watched under its own condition, so none can settle unnoticed
    between the check and the attachment.
    """
    settled = set()
    for fut in futures:
        with fut._condition:
            if fut._state in _SETTLED_STATES:
                settled.add(fut)
            else:
                fut._watchers.append(watcher)
    return settled


def _unwatch(futures, watcher):
    for fut in futures:
        with fut._condition:
            if watcher in fut._watchers:
                fut._watchers.remove(watcher)


def _failed(future):
    return future._state == FINISHED and future._exception is not None


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled), each once.

    Raises TimeoutError if some are still running `timeout` seconds after the call.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    everything = set(fs)
    watcher = _Watcher(lambda future: True)
    ready = _watch(everything, watcher)
    waiting = everything - ready
    try:
        ready = list(ready)
        while True:
            # hand out futures one at a time, forgetting each before the caller sees the next
            while ready:
                fut = ready.pop()
                waiting.discard(fut)
                yield fut
            if not waiting:
                return
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError(
                            '%d (of %d) futures unfinished' % (len(waiting), len(everything)))
            watcher.woken.wait(left)
            ready = watcher.take_arrivals()
            ready.reverse()  # pop() then yields them in the order they completed
    finally:
        _unwatch(everything, watcher)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _wake_condition(return_when, count):
    """For wait(): a predicate telling, per completed future, whether the wait is over."""
    if return_when == FIRST_COMPLETED:
        return lambda future: True
    if return_when not in (FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    remaining = [count]

    def enough(future):
        remaining[0] -= 1
        return remaining[0] == 0 or (return_when == FIRST_EXCEPTION and _failed(future))
    return enough


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until return_when holds for fs (or timeout seconds pass).

    Returns DoneAndNotDoneFutures(done, not_done): two sets of futures.
    """
    everything = set(fs)
    done = {fut for fut in everything if fut._state in _SETTLED_STATES}
    if (done == everything
            or (done and return_when == FIRST_COMPLETED)
            or (return_when == FIRST_EXCEPTION and any(map(_failed, done)))):
        return DoneAndNotDoneFutures(done, everything - done)
    waiting = everything - done
    watcher = _Watcher(_wake_condition(return_when, len(waiting)))
    try:
        # a future may have settled since the look above: _watch returns it instead of watching
        for fut in _watch(waiting, watcher):
            watcher.arrived(fut)
        watcher.woken.wait(timeout)
        done.update(watcher.take_arrivals())
    finally:
        _unwatch(waiting, watcher)
    return DoneAndNotDoneFutures(done, everything - done)


def _result_or_cancel(fut, timeout=None):
    # Executor.map's iterator takes each result through here, so a future it abandons (on a
    # timeout, an exception or a closed iterator) is cancelled; the name and the line below
    # appear in users' tracebacks as in CPython's.
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()
        fut = None


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watchers = []
        self._callbacks = []

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        shown = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception is None:
                shown += ' returned ' + type(self._result).__name__
            else:
                shown += ' raised ' + type(self._exception).__name__
        return '<%s at %#x state=%s>' % (type(self).__name__, id(self), shown)

    def _invoke_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                _report('exception', 'exception calling callback for %r', self)

    def _settle(self, state, tell_watchers):
        """Under the condition: enters a final state, wakes result() waiters and wait() calls."""
        self._state = state
        if tell_watchers:
            for watcher in self._watchers:
                watcher.arrived(self)
        self._condition.notify_all()

    def cancel(self):
        """Cancels the future if it has not started; returns True if it is (now) cancelled."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                return True
            if self._state != PENDING:
                return False
            self._settle(CANCELLED, False)
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state in _CANCELLED_STATES

    def running(self):
        """True if the future is running now."""
        return self._state == RUNNING

    def done(self):
        """True if the future finished or was cancelled."""
        return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # the exception's traceback holds this frame: don't let the frame hold self
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done, at once if it is done already.

        Callbacks run in the thread that completes the future, in the order they were added;
        an exception in one is logged, not raised.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report('exception', 'exception calling callback for %r', self)

    def _wait_done(self, timeout):
        """Under the condition: waits up to timeout seconds (None: no limit) for it to be done."""
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: no limit).

        Raises CancelledError if the future was cancelled, TimeoutError if it is not done in
        time, and the call's own exception if it raised one.
        """
        try:
            with self._condition:
                self._wait_done(timeout)
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state != FINISHED:
                    raise TimeoutError()
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            self._wait_done(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running before its call starts.

        Returns False if it was cancelled (then tells wait()/as_completed() so), True if it is
        now running; raises RuntimeError if it is running or done already.
        """
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._settle(CANCELLED_AND_NOTIFIED, True)
                return False
            _report('critical', 'Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _complete(self, result, exception):
        """With the condition held, by a future not done: it is, now, with the result or exception."""
        self._result = result
        self._exception = exception
        self._settle(FINISHED, True)

    # set_result and set_exception refuse a done future in their own frames, as CPython's do
    def set_result(self, result):
        """For executors: completes the future with the call's return value."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._complete(result, None)
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: completes the future with the exception the call raised."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._complete(None, exception)
        self._invoke_callbacks()


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor, all submitted at once.

        The iterator yields results in order; next() raises TimeoutError if a result is not
        ready `timeout` seconds after map() was called, and the exception of a failed call.
        chunksize matters only to executors that batch calls (ProcessPoolExecutor).
        """
        end_time = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *call_args) for call_args in zip(*iterables)]
        fs.reverse()  # so pop() takes them in submission order

        def result_iterator():
            try:
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                # the caller stopped early (or a call failed): the calls not yet started are moot
                for unclaimed in fs:
                    unclaimed.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once its pending calls are done.

        wait: return only when they are; cancel_futures: cancel the calls not started yet.
        """

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
