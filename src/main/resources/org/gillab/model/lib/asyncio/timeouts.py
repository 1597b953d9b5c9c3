"""asyncio.timeout and asyncio.timeout_at for the GIL Lab model, mirroring CPython 3.11's
Lib/asyncio/timeouts.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. Entering the block arms an alarm on the loop; when it goes off the task is
cancelled, and the block's end turns that CancelledError into TimeoutError, unless someone else
asked for a cancellation too (then it goes on as it is). The line a traceback shows out of this
file reads as CPython's does.
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ("Timeout", "timeout", "timeout_at")

# a Timeout's states, as its repr names them
_CREATED = "created"
_ACTIVE = "active"
_EXPIRING = "expiring"  # the alarm went off: the task's cancellation is under way
_EXPIRED = "expired"
_FINISHED = "finished"


class Timeout:
    """The async context manager timeout() and timeout_at() return; a deadline of None never expires."""

    def __init__(self, when):
        self._when = when
        self._state = _CREATED
        self._task = None
        self._alarm = None  # the loop handle that cancels the task at the deadline
        self._cancels_before = 0  # the task's pending cancellations when the block began

    def __repr__(self):
        if self._state is not _ACTIVE:
            return f"<Timeout [{self._state}]>"
        when = None if self._when is None else round(self._when, 3)
        return f"<Timeout [{self._state}] when={when}>"

    def when(self):
        """The deadline, in loop time (None: none)."""
        return self._when

    def expired(self):
        """Whether the deadline passed and cancelled the block."""
        return self._state in (_EXPIRING, _EXPIRED)

    def reschedule(self, when):
        """Moves the deadline of an active timeout to loop time when (None: no deadline)."""
        if self._state is _CREATED:
            raise RuntimeError("Timeout has not been entered")
        if self._state is not _ACTIVE:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is None:
            return
        loop = events.get_running_loop()
        if when > loop.time():
            self._alarm = loop.call_at(when, self._on_deadline)
        else:
            self._alarm = loop.call_soon(self._on_deadline)  # already past: at the next turn

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._state = _ACTIVE
        # cancellations asked for before the block (a failed TaskGroup's, say) are not its own
        self._cancels_before = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state is _ACTIVE:
            self._state = _FINISHED
        elif self._state is _EXPIRING:
            self._state = _EXPIRED
            only_ours = self._task.uncancel() <= self._cancels_before
            if only_ours and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        return None

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def _on_deadline(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._alarm = None  # it went off: no cycle left between this timeout and its handle


def timeout(delay):
    """An async context manager that cancels its block after delay seconds (None: never), raising TimeoutError."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """timeout() with an absolute deadline in loop time."""
    return Timeout(when)
