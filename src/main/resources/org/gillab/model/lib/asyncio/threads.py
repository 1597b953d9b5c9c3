"""asyncio.to_thread, as CPython 3.11's Lib/asyncio/threads.py (written for the model): the function runs in
a real thread of the loop's default executor, so CPU-bound work there contends for the GIL while the
loop's tasks go on. The line a traceback shows out of this file reads as CPython's does."""

import contextvars

from _traceback import hide_frames as _c_like

from . import events

__all__ = ("to_thread",)


class _Call:
    """func with its arguments, called with none: CPython's functools.partial (C, so no traceback frame)."""

    __slots__ = ("func", "args", "kwargs")

    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs

    @_c_like
    def __call__(self):
        return self.func(*self.args, **self.kwargs)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in another thread and returns its result."""
    loop = events.get_running_loop()
    context = contextvars.copy_context()  # the thread sees the caller's context variables, as in CPython
    func_call = _Call(context.run, (func, *args), kwargs)
    return await loop.run_in_executor(None, func_call)
