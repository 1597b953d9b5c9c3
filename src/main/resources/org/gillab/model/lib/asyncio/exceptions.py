"""asyncio's exceptions, as CPython 3.11's Lib/asyncio/exceptions.py defines them (written for the model)."""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
           "LimitOverrunError", "SendfileNotAvailableError")

# 3.11: asyncio.TimeoutError is the built-in one
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


class SendfileNotAvailableError(RuntimeError):
    """The loop cannot send this file with the sendfile system call (the model's loop never can)."""


class IncompleteReadError(EOFError):
    """The stream ended before the bytes asked for came: partial is what came, expected how many were asked."""

    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {r_expected} expected bytes")
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was not found within the stream's limit; consumed is how many bytes to drop."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)
