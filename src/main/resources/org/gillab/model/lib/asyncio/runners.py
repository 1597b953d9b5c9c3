"""asyncio.run and asyncio.Runner for the GIL Lab model, mirroring CPython 3.11's Lib/asyncio/runners.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. A Runner makes its loop (and, unless given a loop factory, makes it the
thread's current loop) when first used, and runs each coroutine as a task in the context copied at
that moment. Closing it cancels the tasks still pending and runs them to their end, closes the
async generators left, shuts the default executor down, and closes the loop. No SIGINT handler is
installed (the model's KeyboardInterrupt reaches the loop as it is). The lines a traceback shows
out of this file read as CPython's do.
"""

import contextvars

from . import coroutines
from . import events
from . import tasks

__all__ = ("Runner", "run")

# a Runner's life: made, then with its loop, then closed for good
_NEW, _READY, _CLOSED = "new", "ready", "closed"


class Runner:
    """A context manager running coroutines one after another on one event loop, closed at its end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._make_loop = loop_factory
        self._state = _NEW
        self._loop = None
        self._context = None
        self._made_current = False  # whether the loop was made the thread's current loop

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        """The runner's loop (made now if need be)."""
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Runs coro as a task on the runner's loop (in context, else the runner's) and returns its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        _refuse_in_running_loop("Runner.run()")
        self._ensure_loop()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        return self._loop.run_until_complete(task)

    def close(self):
        """Finishes what the loop still holds and closes it; a runner never used stays usable."""
        if self._state != _READY:
            return
        loop = self._loop
        try:
            _finish_pending_tasks(loop)
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            if self._made_current:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def _ensure_loop(self):
        if self._state == _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _READY:
            return
        loop = (self._make_loop or events.new_event_loop)()
        if self._make_loop is None:
            events.set_event_loop(loop)
            self._made_current = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop = loop
        self._context = contextvars.copy_context()
        self._state = _READY


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop, closed afterwards, and returns main's result."""
    _refuse_in_running_loop("asyncio.run()")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _refuse_in_running_loop(caller):
    if events._get_running_loop() is not None:
        raise RuntimeError(f"{caller} cannot be called from a running event loop")


def _finish_pending_tasks(loop):
    """Cancels the loop's pending tasks and runs them until they end; a task that ends in an error
    other than its cancellation goes to the loop's exception handler."""
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })
