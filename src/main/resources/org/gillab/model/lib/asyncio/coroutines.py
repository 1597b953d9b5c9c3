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
