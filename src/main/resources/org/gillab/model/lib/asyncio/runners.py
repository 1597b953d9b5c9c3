"""asyncio.run and Runner, as CPython 3.11's Lib/asyncio/runners.py (written for the model): a new loop runs
the coroutine as a task; afterwards the tasks still pending are cancelled and run to their end, the default
executor is shut down and the loop closed. No SIGINT handler (the model's KeyboardInterrupt reaches the loop
as it is). The lines a traceback shows out of this file read as CPython's do."""

from . import coroutines
from . import events
from . import exceptions
from . import tasks

__all__ = ("Runner", "run")


class Runner:
    """A context manager that runs coroutines, one after another, on one loop it closes at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._loop is None or self._closed:
            self._closed = True
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
            self._loop = None
            self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Runs coro to its end on the runner's loop and returns its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is not None:
            return
        self._loop = events.new_event_loop() if self._loop_factory is None else self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop, which it closes afterwards; returns main's result."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })
