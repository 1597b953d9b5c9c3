"""asyncio.Future, as CPython 3.11's Lib/asyncio/futures.py and the Future of its C module _asyncio
(written for the model). Methods an exception passes through hide their frames, as C's leave none."""

import contextvars
import reprlib

from _traceback import hide_frames as _c_like

from . import events
from . import format_helpers
from .exceptions import CancelledError, InvalidStateError

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def _format_callbacks(callbacks):
    """cb=[...] of a future's repr: all of two callbacks, else the first, how many more, and the last."""
    shown = [format_helpers._format_callback_source(cb, ()) for cb in callbacks]
    if len(shown) > 2:
        shown[1:-1] = [f"<{len(shown) - 2} more>"]
    return f"cb=[{', '.join(shown)}]"


def isfuture(obj):
    """Whether obj is an asyncio future (duck-typed by _asyncio_future_blocking, as CPython does)."""
    return hasattr(obj.__class__, "_asyncio_future_blocking") and obj._asyncio_future_blocking is not None


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    __module__ = "_asyncio"  # CPython runs the C class of its _asyncio module: <class '_asyncio.Future'>

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    # an exception was set and nobody has asked for it yet: freeing the future logs it (__del__)
    _log_traceback = False
    # True while a task's await yields this future to the task (Task.__step reads and resets it)
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={reprlib.repr(self._result)}")  # a long result is cut short
        if self._callbacks:
            info.append(_format_callbacks([cb for cb, _ in self._callbacks]))
        return info

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, " ".join(self._repr_info()))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        # the CancelledError a task caught is raised again once; otherwise a new one with the message
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    @_c_like
    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    @_c_like
    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    @_c_like
    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(cb, context) for cb, context in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    # the messages are those of CPython's C Future (_asyncio), which asyncio uses, not of futures.py's
    @_c_like
    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    @_c_like
    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._log_traceback = True
        self.__schedule_callbacks()

    def __del__(self):
        # _asyncio's FutureObj_finalize: an exception nobody retrieved goes to the loop's exception handler
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            "message": f"{self.__class__.__name__} exception was never retrieved",
            "exception": self._exception,
            "future": self,
        })

    @_c_like
    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the task waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_done(fut, result=None):
    """Gives fut its result, unless it has one (or was cancelled) already."""
    if fut.done():
        return
    fut.set_result(result)


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _copy_state(source, destination):
    """A finished concurrent.futures.Future's outcome, given to an asyncio Future."""
    if destination.cancelled():
        return
    if source.cancelled():
        destination.cancel()
        return
    exception = source.exception()
    if exception is not None:
        destination.set_exception(exception)
    else:
        destination.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (finished by the loop's thread)."""
    if isfuture(future):
        return future
    import concurrent.futures  # imported when needed, as in run_coroutine_threadsafe
    # the lines a traceback shows read as CPython's
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def cancel_source(new):
        if new.cancelled():
            future.cancel()

    def from_source(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_state, source, new_future)

    new_future.add_done_callback(cancel_source)
    future.add_done_callback(from_source)
    return new_future
