"""The event loop for the GIL Lab model, mirroring CPython 3.11's Lib/asyncio/base_events.py.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. Each turn of the loop waits in the selector until the earliest timer is
due (not at all if callbacks are runnable), moves the timers due to the runnable queue, then runs
the callbacks that were runnable at the start of the turn, in order: this is what makes sleep(0)
interleavings and gather's order the same as CPython's. The line a traceback shows out of this
file (run_until_complete's) reads as CPython's does.
"""

import _thread
import collections
import heapq
import logging
import socket
import sys
import threading
import time
import warnings
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ("BaseEventLoop", "Server")

logger = logging.getLogger("asyncio")

# the longest the selector waits at once, as CPython's (its select(2) limit)
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _stop_when_done(future):
    # run_until_complete's done callback: the future's loop stops after this turn. It asks for the
    # exception, so that it is never logged as unretrieved: a SystemExit or KeyboardInterrupt left
    # run_forever already, and this callback runs in the next run (asyncio.run's clean-up)
    if not future.cancelled() and isinstance(future.exception(), (SystemExit, KeyboardInterrupt)):
        return
    future.get_loop().stop()


class _TimerHeap:
    """A loop's TimerHandles not due yet, earliest first.

    cancel() leaves a timer in the heap (counted) until it comes to the head, unless the cancelled
    ones become more than 100 and half the heap: then the heap is rebuilt without them, as CPython
    does, so that cancelling stays cheap.
    """

    def __init__(self):
        self._heap = []
        self._cancelled = 0

    def __bool__(self):
        return bool(self._heap)

    def push(self, timer):
        heapq.heappush(self._heap, timer)
        timer._scheduled = True

    def note_cancelled(self, timer):
        if timer._scheduled:
            self._cancelled += 1

    def _pop_head(self):
        timer = heapq.heappop(self._heap)
        timer._scheduled = False
        return timer

    def drop_cancelled(self):
        if self._cancelled > 100 and 2 * self._cancelled > len(self._heap):
            for timer in self._heap:
                timer._scheduled = not timer._cancelled
            self._heap = [timer for timer in self._heap if timer._scheduled]
            heapq.heapify(self._heap)
            self._cancelled = 0
            return
        while self._heap and self._heap[0]._cancelled:
            self._pop_head()
            self._cancelled -= 1

    def seconds_to_first(self, now):
        """How long the selector may wait for the earliest timer (None: there is none)."""
        if not self._heap:
            return None
        return min(max(0, self._heap[0]._when - now), MAXIMUM_SELECT_TIMEOUT)

    def pop_due(self, until):
        """Removes and returns the timers due before loop time until, earliest first."""
        due = []
        while self._heap and self._heap[0]._when < until:
            due.append(self._pop_head())
        return due

    def pop_all(self):
        return [self._pop_head() for _ in range(len(self._heap))]


class Server(events.AbstractServer):
    """The listening sockets create_server made (CPython's base_events.Server): it counts the
    connections it accepted, so that wait_closed() returns once it is closed and they are gone."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._listeners = sockets  # None once closed
        self._factory = protocol_factory
        self._backlog = backlog
        self._connections = 0  # transports made for accepted connections and not yet gone
        self._closed_waiters = []  # wait_closed()'s futures; None once woken
        self._listening = False
        self._forever = None  # the future serve_forever() waits on

    def __repr__(self):
        return f"<{self.__class__.__name__} sockets={self.sockets!r}>"

    def _attach(self):
        self._connections += 1

    def _detach(self):
        self._connections -= 1
        if self._listeners is None and not self._connections:
            self._wake_closed_waiters()

    def _wake_closed_waiters(self):
        waiters, self._closed_waiters = self._closed_waiters, None
        for waiter in waiters:
            futures._set_result_unless_done(waiter)

    def _start_serving(self):
        if not self._listening:
            self._listening = True
            for listener in self._listeners:
                listener.listen(self._backlog)
                self._loop._start_serving(self._factory, listener, self, self._backlog)

    def get_loop(self):
        """The loop the server runs on."""
        return self._loop

    def is_serving(self):
        """Whether it accepts connections: from start_serving (or create_server) until close()."""
        return self._listening

    @property
    def sockets(self):
        """The listening sockets, as TransportSocket objects; () once closed."""
        from .selector_events import _TransportSocket
        return () if self._listeners is None else tuple(map(_TransportSocket, self._listeners))

    def close(self):
        """Stops listening and closes the sockets; the connections accepted stay open."""
        if self._listeners is None:
            return
        listeners, self._listeners = self._listeners, None
        for listener in listeners:
            self._loop.remove_reader(listener)
            listener.close()
        self._listening = False
        forever, self._forever = self._forever, None
        if forever is not None and not forever.done():
            forever.cancel()
        if not self._connections:
            self._wake_closed_waiters()

    async def start_serving(self):
        """Starts accepting connections (create_server(start_serving=False) did not)."""
        self._start_serving()
        # a turn, so that the loop watches the sockets before this returns
        await tasks.sleep(0)

    async def serve_forever(self):
        """Serves until cancelled; then closes the server before the CancelledError goes on."""
        if self._forever is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._listeners is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        forever = self._forever = self._loop.create_future()
        cancelled = False
        try:
            await forever
        except exceptions.CancelledError:
            cancelled = True
            raise
        finally:
            self._forever = None
            if cancelled:
                self.close()
                await self.wait_closed()

    async def wait_closed(self):
        """Waits for close() and the end of the connections it accepted; 3.11's returns at once on a
        server already closed, and so does this one."""
        if self._listeners is not None and self._closed_waiters is not None:
            waiter = self._loop.create_future()
            self._closed_waiters.append(waiter)
            await waiter


class BaseEventLoop(events.AbstractEventLoop):
    """The loop's scheduling, running and error reporting; a subclass gives _selector,
    _process_events (what the selector reported) and _write_to_self (wakes the selector up)."""

    def __init__(self):
        self._runnable = collections.deque()  # handles to run at the next turn
        self._timers = _TimerHeap()
        self._stop_requested = False
        self._closed = False
        self._running_thread = None  # the thread id while the loop runs
        self._debug = False
        self._clock_resolution = time.get_clock_info("monotonic").resolution
        self._error_handler = None
        self._executor = None
        self._executor_shut = False  # shutdown_default_executor() or close() was called
        # the async generators first iterated while the loop ran (its firstiter hook), for shutdown_asyncgens
        self._live_agens = weakref.WeakSet()
        self._agens_shut = False

    def __repr__(self):
        return f"<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>"

    # ---- state ----

    def is_running(self):
        return self._running_thread is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    # the raise lines of these checks read as CPython's do: a traceback shows them
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return tasks.Task(coro, loop=self, name=name, context=context)

    # ---- running ----

    def run_forever(self):
        """Runs turns until stop() is called (at least one, even if it was called before)."""
        self._check_closed()
        self._check_running()
        saved_hooks = sys.get_asyncgen_hooks()
        self._running_thread = _thread.get_ident()
        sys.set_asyncgen_hooks(firstiter=self._on_agen_first_iteration, finalizer=self._on_agen_dropped)
        events._set_running_loop(self)
        try:
            more = True
            while more:
                self._run_once()
                more = not self._stop_requested
        finally:
            self._stop_requested = False
            self._running_thread = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Runs until future (a coroutine becomes a task) is done; returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # the caller has no hold on this task: when the loop stops before it ends, the
            # RuntimeError raised below says so, and freeing the task need not
            future._log_destroy_pending = False
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            # a task made here failed as the loop stopped: its exception leaves from here, retrieved
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """The loop stops once the current turn is over."""
        self._stop_requested = True

    def close(self):
        """Closes the loop (not while it runs); shuts the default executor down without waiting."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        # cancelled, the handles drop their callbacks: the model has no cycle collector to free a
        # callback that refers back to its handle
        for handle in [*self._runnable, *self._timers.pop_all()]:
            handle.cancel()
        self._runnable.clear()
        self._executor_shut = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _run_once(self):
        """One turn: wait for the selector, queue the timers due, run what was runnable."""
        self._timers.drop_cancelled()
        if self._runnable or self._stop_requested:
            timeout = 0
        else:
            timeout = self._timers.seconds_to_first(self.time())
        self._process_events(self._selector.select(timeout))
        self._runnable.extend(self._timers.pop_due(self.time() + self._clock_resolution))
        # callbacks these schedule wait for the next turn
        for _ in range(len(self._runnable)):
            handle = self._runnable.popleft()
            if not handle._cancelled:
                handle._run()

    # ---- scheduling ----

    def _schedule(self, callback, args, context):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) at the next turn."""
        return self._schedule(callback, args, context)

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from another thread: also wakes the loop from its selector wait."""
        handle = self._schedule(callback, args, context)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at loop time when."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context=context)
        self._timers.push(timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        self._timers.note_cancelled(handle)

    # ---- connections ----

    async def create_connection(self, protocol_factory, host=None, port=None, *, sock=None, local_addr=None,
                                **unsupported):
        """Connects to (host, port) over TCP: (transport, protocol) once the connection is made. The
        model's sockets resolve host themselves (IPv4 only), where CPython asks getaddrinfo first."""
        if unsupported.get("ssl"):
            raise NotImplementedError("the model's asyncio has no SSL")
        if sock is None:
            if host is None and port is None:
                raise ValueError("host and port was not specified and no sock specified")
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.setblocking(False)
                if local_addr is not None:
                    sock.bind(local_addr)
                await self.sock_connect(sock, (host, port))
            except BaseException:
                sock.close()
                raise
        else:
            if host is not None or port is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            sock.setblocking(False)
        return await self._make_connected_transport(sock, protocol_factory)

    async def _make_connected_transport(self, sock, protocol_factory, extra=None, server=None):
        """(transport, protocol) for a connected socket, once the protocol has heard of the connection."""
        protocol = protocol_factory()
        made = self.create_future()
        transport = self._make_socket_transport(sock, protocol, made, extra=extra, server=server)
        try:
            await made
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *, sock=None, backlog=100,
                            reuse_address=None, reuse_port=None, start_serving=True, **unsupported):
        """A Server listening on (host, port), each connection served by a protocol from protocol_factory.
        host None or "" listens on every IPv4 interface (CPython also opens an IPv6 socket)."""
        if unsupported.get("ssl"):
            raise NotImplementedError("the model's asyncio has no SSL")
        if sock is None:
            hosts = host if isinstance(host, (list, tuple)) else [host]
            sockets = []
            try:
                for one in hosts:
                    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    sockets.append(listener)
                    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
                    try:
                        listener.bind(("" if one is None else one, port or 0))
                    except OSError as err:
                        raise OSError(err.errno, f"error while attempting to bind on address "
                                                 f"{(one, port)!r}: {err.strerror.lower()}") from None
            except BaseException:
                for listener in sockets:
                    listener.close()
                raise
        else:
            if host is not None or port is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            sockets = [sock]
        for listener in sockets:
            listener.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            # a turn, so that the loop watches the sockets before this returns
            await tasks.sleep(0)
        return server

    # ---- executors ----

    def run_in_executor(self, executor, func, *args):
        """func(*args) in a thread of executor (the loop's default ThreadPoolExecutor if None), as a future."""
        self._check_closed()
        # checked in debug mode only, as in CPython
        if self._debug and (coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func)):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        if executor is None:
            executor = self._ensure_default_executor()
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def _ensure_default_executor(self):
        if self._executor_shut:
            raise RuntimeError("Executor shutdown has been called")
        if self._executor is None:
            # imported on first use: a program that never needs threads does not load the module
            from concurrent.futures import ThreadPoolExecutor
            self._executor = ThreadPoolExecutor(thread_name_prefix="asyncio")
        return self._executor

    def set_default_executor(self, executor):
        self._executor = executor

    async def shutdown_default_executor(self):
        """Waits (in another thread, so the loop goes on) until the default executor's threads are done."""
        self._executor_shut = True
        executor = self._executor
        if executor is None:
            return
        done = self.create_future()
        closer = threading.Thread(target=self._shut_executor_down, args=(executor, done))
        closer.start()
        try:
            await done
        finally:
            closer.join()

    def _shut_executor_down(self, executor, done):
        # runs in the closer thread: what the shutdown gives is passed to the loop's thread
        try:
            executor.shutdown(wait=True)
        except Exception as error:
            outcome = (done.set_exception, error)
        else:
            outcome = (futures._set_result_unless_cancelled, done, None)
        if not self.is_closed():
            self.call_soon_threadsafe(*outcome)

    # ---- async generators (PEP 525) ----

    def _on_agen_first_iteration(self, agen):
        if self._agens_shut:
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call",
                          ResourceWarning, source=self)
        self._live_agens.add(agen)

    def _on_agen_dropped(self, agen):
        # an unfinished async generator was dropped: it is closed in a task, so its finally can await
        self._live_agens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the async generators still alive (their aclose() together), reporting what they raise."""
        self._agens_shut = True
        agens = list(self._live_agens)
        self._live_agens.clear()
        if not agens:
            return
        outcomes = await tasks.gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for agen, outcome in zip(agens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": outcome,
                    "asyncgen": agen,
                })

    # ---- errors ----

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._error_handler = handler

    def get_exception_handler(self):
        return self._error_handler

    def call_exception_handler(self, context):
        """Passes context to the handler set, else to default_exception_handler."""
        if self._error_handler is not None:
            self._error_handler(self, context)
        else:
            self.default_exception_handler(context)

    def default_exception_handler(self, context):
        """Logs (logger "asyncio", level ERROR) the message, the other context items and the exception's traceback."""
        lines = [context.get("message") or "Unhandled exception in event loop"]
        lines += [f"{key}: {context[key]!r}" for key in sorted(context) if key not in ("message", "exception")]
        error = context.get("exception")
        exc_info = False if error is None else (type(error), error, error.__traceback__)
        logger.error("\n".join(lines), exc_info=exc_info)
