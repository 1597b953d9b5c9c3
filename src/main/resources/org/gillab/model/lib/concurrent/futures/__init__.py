"""Launching parallel tasks: the GIL Lab model's concurrent.futures.

Mirrors the behaviour of CPython 3.11's Lib/concurrent/futures/__init__.py as its documentation
shows it; written for the model, not copied. Future, wait and as_completed come from _base;
ThreadPoolExecutor (thread: Python over the model's threads, as CPython's is) and
ProcessPoolExecutor (process: the model's multiprocessing Pool, real worker processes) are imported
the first time someone asks for them, as in CPython.
"""

from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, BrokenExecutor, CancelledError, Executor,
    Future, InvalidStateError, TimeoutError, as_completed, wait)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')

def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as executor
    elif name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor as executor
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = executor  # later lookups find it without coming here
    return executor
