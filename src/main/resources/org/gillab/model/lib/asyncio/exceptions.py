"""asyncio's exceptions, as CPython 3.11's Lib/asyncio/exceptions.py defines them (written for the model)."""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull")

# 3.11: asyncio.TimeoutError is the built-in one
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""
