"""multiprocessing.context for the GIL Lab model: where multiprocessing's own exceptions are defined.

CPython 3.11 defines them in this module (so their __module__ and the way pickle finds them name it);
the context classes get_context() returns are multiprocessing's (see its __init__).
"""

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']


class ProcessError(Exception):
    """The base of multiprocessing's errors."""


class BufferTooShort(ProcessError):
    """Connection.recv_bytes_into() was given a buffer too small for the message."""


class TimeoutError(ProcessError):
    """A result (AsyncResult.get, IMapIterator.next) was not there within the timeout."""


class AuthenticationError(ProcessError):
    """A connection failed its authentication."""
