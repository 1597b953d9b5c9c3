"""asyncio.TaskGroup for the GIL Lab model, mirroring CPython 3.11's Lib/asyncio/taskgroups.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. Leaving the async with block waits for every task the group created. The
first task to fail cancels the others and the task running the block (once: the group then
"aborts"); at the end, the failures, with the block's own, leave together in an ExceptionGroup. A
SystemExit or KeyboardInterrupt leaves alone, and a cancellation of the block from outside goes on
as CancelledError. The lines a traceback shows out of this file read as CPython's do.
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ("TaskGroup",)


def _is_base_error(exc):
    # the errors that are raised alone, never wrapped in the group
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that holds a group of tasks (asyncio.TaskGroup)."""

    def __init__(self):
        self._loop = None
        self._parent_task = None  # the task running the async with block
        self._tasks = set()       # the group's tasks not done yet
        self._errors = []         # what the group's tasks (and the block) raised
        self._base_error = None   # the first SystemExit or KeyboardInterrupt seen
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._cancelled_parent = False  # whether the group itself cancelled the parent task
        self._all_done = None     # the future __aexit__ awaits while tasks remain

    def __repr__(self):
        words = ["TaskGroup"]
        if self._tasks:
            words.append(f"tasks={len(self._tasks)}")
        if self._errors:
            words.append(f"errors={len(self._errors)}")
        if self._aborting:
            words.append("cancelling")
        elif self._entered:
            words.append("entered")
        return f"<{' '.join(words)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        self._note_error(exc)
        # the block's CancelledError goes on, unless it is the one the group asked for
        cancellation = exc if et is exceptions.CancelledError else None
        if self._cancelled_parent and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as error:
                # the parent was cancelled from outside while it waited here: its tasks go too
                if not self._aborting:
                    cancellation = error
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if not self._errors:
            return None
        try:
            me = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
            raise me from None
        finally:
            self._errors = None  # no cycle between the group raised and this frame

    def create_task(self, coro, *, name=None, context=None):
        """A task of the group: the block's end waits for it, and its failure cancels the rest."""
        refusal = self._refusal()
        if refusal is not None:
            raise RuntimeError(f"TaskGroup {self!r} {refusal}")
        task = tasks._named(self._loop.create_task(coro, context=context), name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _refusal(self):
        """Why the group takes no new task now, or None if it does."""
        if not self._entered:
            return "has not been entered"
        if self._exiting and not self._tasks:
            return "is finished"
        if self._aborting:
            return "is shutting down"
        return None

    def _note_error(self, exc):
        if self._base_error is None and _is_base_error(exc):
            self._base_error = exc

    def _abort(self):
        """Cancels the tasks not done yet; only the first call does anything."""
        if self._aborting:
            return
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        self._errors.append(error)
        self._note_error(error)
        if self._parent_task.done():
            # nobody is left to raise it: it goes to the loop's exception handler
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent task {self._parent_task} "
                           "is already completed",
                "exception": error,
                "task": task,
            })
        elif not self._aborting and not self._cancelled_parent:
            # the first failure: cancel the rest, and the block, whose __aexit__ then collects them
            self._abort()
            self._cancelled_parent = True
            self._parent_task.cancel()
