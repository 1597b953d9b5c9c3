"""Handles and the running loop for the GIL Lab model, mirroring CPython 3.11's Lib/asyncio/events.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. A Handle is a callback with its arguments and the context it runs in; a
TimerHandle is one due at a loop time, ordered by that time in the loop's heap.

The running loop is per thread, kept in a dict keyed by thread id. Which loop is a thread's current
one is the event loop policy's business, as in CPython: the default policy (unix_events) keeps one
per thread and makes the main thread's on first use.
"""

import _thread
import contextvars
import threading

from _traceback import hide_frames as _c_like

from . import format_helpers

__all__ = ("AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle",
           "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop",
           "get_child_watcher", "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop")


class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "_context", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        # it runs in the context current when it was scheduled, unless one is given
        self._context = context if context is not None else contextvars.copy_context()
        self._cancelled = False
        self._repr = None  # in debug mode, the repr it had before cancel() dropped the callback

    def _repr_info(self):
        """The words between the brackets of the repr; subclasses add theirs."""
        words = [type(self).__name__]
        if self._cancelled:
            words.append("cancelled")
        if self._callback is not None:
            words.append(format_helpers._format_callback_source(self._callback, self._args))
        return words

    def __repr__(self):
        return self._repr or f"<{' '.join(self._repr_info())}>"

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        """Keeps the callback from running; the handle drops it (and its arguments) at once."""
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop is not None and self._loop.get_debug():
            self._repr = repr(self)
        self._callback = self._args = None

    def _run(self):
        # what the callback raises goes to the loop's exception handler, but for SystemExit and
        # KeyboardInterrupt, which stop the loop
        try:
            self._context.run(self._callback, *self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._report(exc)

    def _report(self, exc):
        callback = format_helpers._format_callback_source(self._callback, self._args)
        self._loop.call_exception_handler({
            "message": f"Exception in callback {callback}",
            "exception": exc,
            "handle": self,
        })


class TimerHandle(Handle):
    """A Handle due at loop time when(); compares by that time, so the loop keeps them in a heap."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False  # whether it is in the loop's heap

    def _repr_info(self):
        words = super()._repr_info()
        # the time comes after the class name and "cancelled", before the callback
        words.insert(2 if self._cancelled else 1, f"when={self._when}")
        return words

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def _same_as(self, other):
        return (self._when, self._callback, self._args, self._cancelled) == (
            other._when, other._callback, other._args, other._cancelled)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        return self._same_as(other) if isinstance(other, TimerHandle) else NotImplemented

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self < other or self._same_as(other) if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self > other or self._same_as(other) if isinstance(other, TimerHandle) else NotImplemented


class AbstractServer:
    """What a server create_server made offers (Server implements it)."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The interface of an event loop; BaseEventLoop implements it."""


_running_loops = {}  # thread id -> the loop running in that thread


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _running_loops.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError outside a coroutine or callback."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


class AbstractEventLoopPolicy:
    """What decides which loop is a thread's current one, and makes new loops: every method is for a
    subclass to write (NotImplementedError here)."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _ThreadsLoop(threading.local):
    """A thread's current loop, and whether set_event_loop() was ever called in that thread."""
    loop = None
    chosen = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Each thread has its own current loop. The main thread gets a new one on first use, unless
    set_event_loop() was called there; any other thread without one is an error. A subclass says
    what kind of loop new_event_loop() makes (_loop_factory)."""

    _loop_factory = None

    def __init__(self):
        self._current = _ThreadsLoop()

    def get_event_loop(self):
        current = self._current
        if current.loop is None and not current.chosen and threading.current_thread() is threading.main_thread():
            self.set_event_loop(self.new_event_loop())
        if current.loop is not None:
            return current.loop
        # the line a traceback shows reads as CPython's
        raise RuntimeError('There is no current event loop in thread %r.'
                           % threading.current_thread().name)

    def set_event_loop(self, loop):
        self._current.chosen = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._current.loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None  # made by the first get_event_loop_policy() (None again after set_event_loop_policy(None))
_policy_lock = threading.Lock()


def get_event_loop_policy():
    """The policy the module-level loop functions ask (the default one unless another was set)."""
    global _policy
    with _policy_lock:
        if _policy is None:
            from .unix_events import DefaultEventLoopPolicy
            _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Makes policy the one asked from now on; None restores a default policy."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


@_c_like  # C in CPython (_asyncio): a traceback goes from the caller straight to the policy
def get_event_loop():
    """The running loop, or else the policy's current loop for this thread."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Makes loop this thread's current loop, through the policy."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop of the policy's kind."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
