"""The event loop, as CPython 3.11's Lib/asyncio/base_events.py (written for the model).

Each turn (_run_once) waits in the selector until the earliest timer is due (not at all if callbacks
are ready), moves the due timers to the ready queue, then runs the callbacks that were ready at the
start of the turn, in order: what makes sleep(0) interleavings and gather's order the same as CPython's.
The line a traceback shows out of this file (run_until_complete's) reads as CPython's does.
"""

import collections
import heapq
import logging
import sys
import time
import warnings
import weakref

from . import coroutines
from . import events
from . import futures
from . import tasks

__all__ = ("BaseEventLoop",)

logger = logging.getLogger("asyncio")

# the longest the selector waits at once, as CPython's (its select(2) limit)
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):
    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._debug = False
        self._clock_resolution = time.get_clock_info("monotonic").resolution
        self._exception_handler = None
        # the async generators first iterated while the loop ran (its firstiter hook), for shutdown_asyncgens
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return f"<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>"

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return tasks.Task(coro, loop=self, name=name, context=context)

    # ---- running ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_forever(self):
        """Runs turns until stop() is called."""
        self._check_closed()
        self._check_running()
        import _thread
        old_agen_hooks = sys.get_asyncgen_hooks()
        self._thread_id = _thread.get_ident()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Runs until future (a coroutine is made a task) is done; returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: the exception propagates from here
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        """Closes the loop (not while it runs); shuts the default executor down without waiting."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        # cancelled, the handles drop their callbacks: the model has no cycle collector to free a
        # callback that refers back to its handle
        for handle in [*self._ready, *self._scheduled]:
            handle.cancel()
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    # ---- async generators (PEP 525) ----

    def _asyncgen_finalizer_hook(self, agen):
        # an unfinished async generator was dropped: it is closed in a task, so its finally can await
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call",
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Closes the async generators still alive (each aclose() at once, with gather), reporting what they raise."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        """Waits (in another thread, so the loop goes on) until the default executor's threads are done."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        import threading
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # ---- scheduling ----

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: wakes the loop from its selector wait."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        """func(*args) in a thread of executor (the loop's default ThreadPoolExecutor if None), as a future."""
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError("Executor shutdown has been called")
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    # ---- errors ----

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Logs (logger "asyncio", level ERROR) the message, the other context items and the exception's traceback."""
        lines = [context.get("message") or "Unhandled exception in event loop"]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        exception = context.get("exception")
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        logger.error("\n".join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    # ---- one turn ----

    def _run_once(self):
        # cancelled timers are dropped from the heap when they are many (CPython's rule), else at its head
        if self._timer_cancelled_count > 100 and self._timer_cancelled_count * 2 > len(self._scheduled):
            kept = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        self._process_events(self._selector.select(timeout))
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None  # no reference kept to the last callback's arguments
