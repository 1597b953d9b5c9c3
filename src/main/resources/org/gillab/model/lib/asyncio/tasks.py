"""Tasks and the functions that combine awaitables, as CPython 3.11's Lib/asyncio/tasks.py and the Task of
its C module _asyncio (written for the model). A Task drives its coroutine: each step sends into it (or
throws into it) until it yields a future to wait for, or None to let others run (sleep(0)), or returns.
The lines a traceback shows out of this file (wait_for, sleep) read as CPython's do."""

import contextvars
import types
import weakref

from _traceback import hide_frames as _c_like

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures

__all__ = ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
           "as_completed", "sleep", "gather", "shield", "ensure_future", "current_task", "all_tasks",
           "run_coroutine_threadsafe", "_register_task", "_unregister_task", "_enter_task", "_leave_task")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_task_counter = 0
_current_tasks = {}  # loop -> the task running a step there
# the tasks not done yet, held weakly as CPython holds them: a task nobody else holds (its loop closed
# or stopped for good) is freed, and logs that it was destroyed pending
_all_tasks = weakref.WeakSet()


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f"Task-{_task_counter}"


class Task(futures.Future):
    """A coroutine run by the event loop, itself a Future of the coroutine's result."""

    __module__ = "_asyncio"  # CPython runs the C class of its _asyncio module: <class '_asyncio.Task'>

    # whether freeing it unfinished is logged (run_until_complete turns it off for a task it made)
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False  # it never was a task
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = _next_task_name() if name is None else str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        # every step runs in the task's own copy of its creator's context, as in CPython
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = "cancelling"
        info.insert(1, f"name={self._name!r}")
        info.insert(2, f"coro=<{coroutines._format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def __del__(self):
        # _asyncio's TaskObj_finalize: a task freed before its coroutine finished (its loop closed or
        # stopped for good, nothing awaiting it) says so through the loop's exception handler
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({"task": self, "message": "Task was destroyed but it is pending!"})
        super().__del__()

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        """The frame the coroutine is suspended in, or the frames of the exception it failed with."""
        return base_tasks._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        """Prints get_stack()'s frames as a traceback does."""
        return base_tasks._task_print_stack(self, limit, file)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    @_c_like
    def cancel(self, msg=None):
        """Asks the task to stop: a CancelledError is thrown into its coroutine at its next step."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # the future it waits for is cancelled: its wake-up throws CancelledError into the coroutine
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finished(self):
        _unregister_task(self)

    @_c_like
    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._finished()
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            self._finished()
            self._cancelled_exc = cancelled  # raised again by result(), traceback and all
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as error:
            self._finished()
            super().set_exception(error)
            raise
        except BaseException as error:
            self._finished()
            super().set_exception(error)
        else:
            self.__wait_on(result)
        finally:
            _leave_task(self._loop, self)
        exc = None

    def __wait_on(self, result):
        """What the coroutine yielded: a future to wait for, or None to run again after the others."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is None:
            if result is None:
                self._loop.call_soon(self.__step, context=self._context)  # a bare yield: sleep(0)
                return
            problem = RuntimeError(f"Task got bad yield: {result!r}")
        elif result.get_loop() is not self._loop:
            problem = RuntimeError(f"Task {self!r} got Future {result!r} attached to a different loop")
        elif not blocking:
            problem = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
        elif result is self:
            problem = RuntimeError(f"Task cannot await on itself: {self!r}")
        else:
            result._asyncio_future_blocking = False
            result.add_done_callback(self.__wakeup, context=self._context)
            self._fut_waiter = result
            if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self.__step, problem, context=self._context)

    @_c_like
    def __wakeup(self, future):
        # the future's exception is thrown into the coroutine, outside any handler here (as C's step does)
        try:
            future.result()
        except BaseException as error:
            thrown = error
        else:
            thrown = None
        self.__step(thrown)

    # CPython's C Task wakes up through a builtin of this name: a future's repr shows cb=[Task.task_wakeup()]
    __wakeup.__qualname__ = "Task.task_wakeup"


def create_task(coro, *, name=None, context=None):
    """Schedules coro on the running loop as a Task."""
    return _named(events.get_running_loop().create_task(coro, context=context), name)


def _named(task, name):
    # asyncio.create_task and TaskGroup.create_task name the task after making it, so that, as in CPython
    # 3.11, a named task still takes a number from the Task-N counter
    if name is not None:
        task.set_name(name)
    return task


# the registry of tasks, public to event loops and task kinds of other libraries, as in CPython

def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    """Makes task the one current_task() names on loop, while one of its steps runs."""
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task {running!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task {running!r}.")
    del _current_tasks[loop]


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _all_tasks if t.get_loop() is loop and not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine made a Task; another awaitable awaited by a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


@types.coroutine
def __sleep0():
    yield  # the task's step sees None and runs again after the callbacks ready now


async def sleep(delay, result=None):
    """Suspends the task for delay seconds (0: just lets the others run first)."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it has finished (its clean-up run), whatever it then does."""
    waiter = fut.get_loop().create_future()
    done = lambda f: _release_waiter(waiter)
    fut.add_done_callback(done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(done)


async def wait_for(fut, timeout):
    """fut's result, or TimeoutError (from the CancelledError of fut, cancelled) after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    # timeout is compared before fut becomes a task: a timeout of the wrong type fails with fut never started
    expired = timeout <= 0
    fut = ensure_future(fut, loop=loop)
    if expired and fut.done():
        return fut.result()
    if not expired:
        waiter = loop.create_future()
        timer = loop.call_later(timeout, _release_waiter, waiter)
        wake = lambda f: _release_waiter(waiter)
        fut.add_done_callback(wake)
        try:
            try:
                await waiter
            except exceptions.CancelledError:
                # the caller was cancelled: so is fut, and the caller's CancelledError goes on
                if fut.done():
                    return fut.result()
                fut.remove_done_callback(wake)
                await _cancel_and_wait(fut)
                raise
            if fut.done():
                return fut.result()
            fut.remove_done_callback(wake)
        finally:
            timer.cancel()
    await _cancel_and_wait(fut)
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks in fs; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) and not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines, each giving the result of the next of fs to finish (TimeoutError when
    timeout seconds pass first)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        nonlocal timer
        timer = None  # the model has no cycle collector: the timer must not keep this function alive
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)  # each waiting coroutine gets TimeoutError
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(futures.Future):
    """gather's outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            # the children's CancelledError will end this future; gather then raises it
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """One future of the results of all, in the order given; the first exception is raised at once unless
    return_exceptions, which puts exceptions among the results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    by_argument = {}
    children = []
    for argument in coros_or_futures:
        fut = by_argument.get(argument)
        if fut is None:
            fut = ensure_future(argument, loop=loop)
            loop = fut.get_loop()
            by_argument[argument] = fut
        children.append(fut)
    pending = len(by_argument)
    outer = _GatheringFuture(children, loop=loop)

    def child_done(fut):
        nonlocal pending
        pending -= 1
        if outer.done():
            # the gather is over (the first failure ended it): a later failure is taken as seen, not logged
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if pending == 0:
            results = []
            for child in children:
                if child.cancelled():
                    # a fresh error with the message cancel() was given ('' when none): the child keeps the
                    # CancelledError its coroutine raised for whoever awaits it
                    results.append(exceptions.CancelledError('' if child._cancel_message is None else child._cancel_message))
                else:
                    results.append(child.exception() if child.exception() is not None else child.result())
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in by_argument.values():
        fut.add_done_callback(child_done)
    return outer


def shield(arg):
    """Awaits arg protected from cancellation: cancelling the caller does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Runs coro as a task of loop, which runs in another thread; returns a concurrent.futures.Future that
    a thread outside the loop can wait on. Cancelling that future cancels the task."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    outcome = concurrent.futures.Future()

    def settle(task):
        # a Future cancelled while pending says so to its waiters; one already running cannot be
        if task.cancelled():
            outcome.cancel()
        if not outcome.set_running_or_notify_cancel():
            return
        if task.exception() is not None:
            outcome.set_exception(task.exception())
        else:
            outcome.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(exc)
            raise
        task.add_done_callback(settle)

        def cancel_task(future):
            if future.cancelled():
                loop.call_soon_threadsafe(task.cancel)

        outcome.add_done_callback(cancel_task)  # at once if it was cancelled before the task began

    loop.call_soon_threadsafe(start)
    return outcome
