"""Launching parallel tasks: the GIL Lab model's concurrent.futures.

Written for the model (not copied) to behave as CPython 3.11's Lib/concurrent/futures documents:
Future, wait and as_completed (_base), ThreadPoolExecutor (thread, Python over the model's
threads, as CPython's is), ProcessPoolExecutor (process, over the model's multiprocessing Pool:
real worker processes).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
                                      Future, Executor, wait, as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # the executors are imported when first asked for, as CPython's are
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor as pe
        ProcessPoolExecutor = pe
        return pe
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
