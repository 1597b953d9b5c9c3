"""iscoroutine and iscoroutinefunction, as CPython 3.11's Lib/asyncio/coroutines.py (written for the model)."""

import collections.abc
import types

__all__ = ("iscoroutinefunction", "iscoroutine")

# a Coroutine by duck typing (send, throw, close, __await__) too: an async generator's aclose() awaitable
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """Whether func is an async def function (or a bound method of one)."""
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


def iscoroutine(obj):
    """Whether obj is a coroutine object (or a generator, which asyncio still accepts)."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """A coroutine as a task's repr shows it: "name() running at FILE:LINE" while it has a frame (the line
    it is suspended at), "name() done, defined at FILE:FIRSTLINE" once finished."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or f"<{type(coro).__name__} without __name__>"
    name += "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if code is None:
        # a coroutine-like object not written in Python
        running = getattr(coro, "cr_running", None) or getattr(coro, "gi_running", False)
        return f"{name} running" if running else name
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"
