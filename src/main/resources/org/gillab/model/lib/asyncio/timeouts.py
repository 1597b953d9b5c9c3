"""asyncio.timeout and timeout_at, as CPython 3.11's Lib/asyncio/timeouts.py (written for the model): when
the deadline passes, the task is cancelled, and the block's end turns that CancelledError into
TimeoutError. The line a traceback shows out of this file reads as CPython's does."""

from . import events
from . import exceptions
from . import tasks

__all__ = ("Timeout", "timeout", "timeout_at")

_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """The async context manager timeout() and timeout_at() return; when=None never expires."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._cancelling = 0
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Moves the deadline to loop time when (None: no deadline)."""
        if self._state is not _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = [self._state]
        if self._state is _ENTERED:
            info.append(f"when={round(self._when, 3) if self._when is not None else None}")
        return f"<Timeout [{' '.join(info)}]>"

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        # cancellations requested before the block (a TaskGroup's that failed earlier) are not its own
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                # no cancellation was requested since the block began but this timeout's own
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None  # fired: no cycle left between this and its handle


def timeout(delay):
    """An async context manager that cancels the block after delay seconds, raising TimeoutError."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """timeout() with an absolute deadline in loop time."""
    return Timeout(when)
