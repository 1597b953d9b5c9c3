"""Handles and the running loop, as CPython 3.11's Lib/asyncio/events.py (written for the model).

The running loop is per thread, as CPython's C-level one is; get_event_loop() outside a running loop
returns this thread's loop, made on first use (CPython's default policy, without its deprecation
warning), and there are no policy objects.
"""

import _thread
import contextvars

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop", "set_event_loop", "new_event_loop",
           "get_running_loop", "_get_running_loop")


class Handle:
    """A callback with its arguments, scheduled on a loop; cancel() stops it from running."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr", "_context", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        # the callback runs in the context current when it was scheduled, as CPython's handles do
        self._context = contextvars.copy_context() if context is None else context
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._repr = repr(self) if self._loop is not None and self._loop.get_debug() else None
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_format_callback(self._callback, self._args)}",
                "exception": exc,
                "handle": self,
            })
        self = None  # no cycle through the exception's traceback


class TimerHandle(Handle):
    """A Handle due at a loop time: ordered by when, in the loop's heap."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


def _format_callback(callback, args):
    name = getattr(callback, "__qualname__", None) or repr(callback)
    if args:
        return f"{name}({', '.join(repr(a) for a in args)})"
    return f"{name}()"


class AbstractEventLoop:
    """The interface of an event loop; BaseEventLoop implements it."""


# thread id -> the loop running in that thread; thread id -> the loop get_event_loop() gives there
_running_loops = {}
_thread_loops = {}


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


def get_event_loop():
    """The running loop, or this thread's current loop (made on first use)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = _thread_loops.get(_thread.get_ident())
    if loop is None or loop.is_closed():
        loop = new_event_loop()
        _thread_loops[_thread.get_ident()] = loop
    return loop


def set_event_loop(loop):
    if loop is None:
        _thread_loops.pop(_thread.get_ident(), None)
    else:
        _thread_loops[_thread.get_ident()] = loop


def new_event_loop():
    from .selector_events import SelectorEventLoop
    return SelectorEventLoop()
