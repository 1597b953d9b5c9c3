"""asyncio streams, as CPython 3.11's Lib/asyncio/streams.py offers them (written for the model from the
asyncio documentation and python3's observed behaviour): open_connection and start_server give a
StreamReader and a StreamWriter over the loop's socket transport, through a StreamReaderProtocol that
feeds the reader and tells drain() when the transport's buffer is full.

The model has no cycle collector: the protocol lets go of its reader, writer, task and transport when
the connection is lost, which breaks the cycles among them."""

import collections

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from . import tasks

__all__ = ("StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server")

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to (host, port): a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """A Server that calls client_connected_cb(reader, writer) for each connection (a coroutine
    function's call becomes a task)."""
    loop = events.get_running_loop()

    def connection_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_server(connection_protocol, host, port, **kwds)


class FlowControlMixin(protocols.Protocol):
    """drain()'s side of a protocol: writers wait while the transport has paused the protocol."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._paused = False
        self._connection_lost = False
        self._drain_waiters = collections.deque()  # drain() calls waiting for resume_writing

    def _get_close_waiter(self, stream):
        raise NotImplementedError  # the future wait_closed() awaits: StreamReaderProtocol has it

    def pause_writing(self):
        """The transport's buffer is full: drain() waits from now on."""
        self._paused = True

    def resume_writing(self):
        """The buffer has room again: waiting drain() calls return."""
        self._paused = False
        self._release_drainers(None)

    def connection_lost(self, exc):
        """No more writing: waiting drain() calls get exc (or return, if it is None)."""
        self._connection_lost = True
        if self._paused:
            self._release_drainers(exc)

    def _release_drainers(self, exc):
        for waiter in self._drain_waiters:
            if waiter.done():
                continue
            if exc is not None:
                waiter.set_exception(exc)
            else:
                waiter.set_result(None)

    async def _drain_helper(self):
        """drain()'s wait: none unless paused; ConnectionResetError once the connection is lost."""
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if self._paused:
            resumed = self._loop.create_future()
            self._drain_waiters.append(resumed)
            try:
                await resumed
            finally:
                self._drain_waiters.remove(resumed)


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader what the transport receives; on a server, makes the connection's StreamWriter
    and runs client_connected_cb with the two."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._client_connected_cb = client_connected_cb
        self._stream_writer = self._task = self._transport = None
        self._over_ssl = False
        # done when the connection is lost: what wait_closed() awaits
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        """Gives the reader its transport; a server's connection starts its handler."""
        self._transport = transport
        self._over_ssl = transport.get_extra_info("sslcontext") is not None
        if self._stream_reader is not None:
            self._stream_reader.set_transport(transport)
        handler = self._client_connected_cb
        if handler is None:
            return
        self._stream_writer = StreamWriter(transport, self, self._stream_reader, self._loop)
        outcome = handler(self._stream_reader, self._stream_writer)
        if not coroutines.iscoroutine(outcome):
            return

        # 3.11.7: the handler's task failing is reported at once (not when the task is freed) and
        # closes the transport; as there, a cancelled task makes task.exception() raise CancelledError
        # here, which the loop reports as an exception in this callback
        def callback(task):
            exc = task.exception()
            if exc is not None:
                self._loop.call_exception_handler({
                    "message": "Unhandled exception in client_connected_cb",
                    "exception": exc,
                    "transport": transport,
                })
                transport.close()

        self._task = self._loop.create_task(outcome)
        self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        """The reader sees the end (or the error); wait_closed() returns (or raises)."""
        if self._stream_reader is not None:
            if exc is not None:
                self._stream_reader.set_exception(exc)
            else:
                self._stream_reader.feed_eof()
        closed = self._closed
        if not closed.done():
            if exc is not None:
                closed.set_exception(exc)
                closed.exception()  # nobody need retrieve it: wait_closed() raises it if asked
            else:
                closed.set_result(None)
        super().connection_lost(exc)
        # what refers back to this protocol goes, as no cycle collector would free it
        self._stream_reader = self._stream_writer = self._task = self._transport = None

    def data_received(self, data):
        """Bytes for the reader."""
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        """The reader sees the end; the transport stays open, so that the writer can still answer."""
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a transport; drain() waits until its buffer has room, wait_closed() until it is closed."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f"transport={self._transport!r}"]
        if self._reader is not None:
            info.append(f"reader={self._reader!r}")
        return "<{}>".format(" ".join(info))

    @property
    def transport(self):
        """The transport written to."""
        return self._transport

    def write(self, data):
        """Sends data (buffered by the transport if the socket takes less); drain() waits for room."""
        self._transport.write(data)

    def writelines(self, data):
        """Writes each item of data in turn."""
        self._transport.writelines(data)

    def write_eof(self):
        """Ends this side of the stream once the buffered data is sent; reading goes on."""
        return self._transport.write_eof()

    def can_write_eof(self):
        """Whether write_eof() is possible (it is on TCP)."""
        return self._transport.can_write_eof()

    def close(self):
        """Closes the transport once its buffer is sent; wait_closed() waits for that."""
        return self._transport.close()

    def is_closing(self):
        """Whether close() was called or the connection is lost."""
        return self._transport.is_closing()

    async def wait_closed(self):
        """Returns once the connection is lost (raising what it was lost to)."""
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        """The transport's extra information: "peername", "sockname", "socket"..."""
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Returns once the transport's write buffer is under its high-water mark (at once if it is)."""
        if self._reader is not None:
            error = self._reader.exception()
            if error is not None:
                raise error
        if self._transport.is_closing():
            # a turn, so that connection_lost runs and the next drain raises ConnectionResetError
            await tasks.sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """Bytes received, buffered until a coroutine reads them (readline, readuntil, readexactly, read,
    or async for over its lines)."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None  # the future a read waits on for more data
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append(f"{len(self._buffer)} bytes")
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append(f"limit={self._limit}")
        if self._waiter:
            info.append(f"waiter={self._waiter!r}")
        if self._exception:
            info.append(f"exception={self._exception!r}")
        if self._transport:
            info.append(f"transport={self._transport!r}")
        if self._paused:
            info.append("paused")
        return "<{}>".format(" ".join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_exception(exc)

    def _wake_reader(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, "Transport already set"
        self._transport = transport

    def _resume_if_paused(self):
        if self._paused:
            self._paused = False
            self._transport.resume_reading()

    def _resume_if_drained(self):
        if len(self._buffer) <= self._limit:
            self._resume_if_paused()

    def feed_eof(self):
        """The stream ended: reads now get what is left, then b""."""
        self._eof = True
        self._wake_reader()

    def at_eof(self):
        """Whether the stream has ended and everything it sent was read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        """Bytes the protocol received: buffered, and a waiting read woken."""
        assert not self._eof, "feed_data after feed_eof"
        if data:
            self._buffer += data
            self._wake_reader()
            self._pause_if_full()

    def _pause_if_full(self):
        # more than twice the limit unread: the transport stops reading until a read takes some
        if self._paused or self._transport is None or len(self._buffer) <= 2 * self._limit:
            return
        try:
            self._transport.pause_reading()
            self._paused = True
        except NotImplementedError:
            self._transport = None

    async def _wait_for_data(self, func_name):
        """Waits until data or the end arrives (one reader at a time)."""
        if self._waiter is not None:
            raise RuntimeError(f"{func_name}() called while another coroutine is already waiting for incoming data")
        assert not self._eof, "_wait_for_data after EOF"
        self._resume_if_paused()
        self._waiter = self._loop.create_future()  # feed_data, feed_eof or set_exception ends the wait
        try:
            await self._waiter
        finally:
            self._waiter = None  # woken, or cancelled: either way no reader waits now

    async def readline(self):
        """The next line, b"\\n" included; at the end, what is left (b"" once all is read). A line
        longer than the limit is dropped and raises ValueError."""
        sep = b"\n"
        try:
            line = await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(b"\n", e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            self._resume_if_drained()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b"\n"):
        """The bytes up to and with separator; IncompleteReadError if the stream ends first,
        LimitOverrunError (the data left unread) if the limit is reached first."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        searched = 0  # the separator does not start before this offset
        while True:
            found = -1
            if len(self._buffer) - searched >= seplen:
                found = self._buffer.find(separator, searched)
                if found != -1:
                    break
                searched = len(self._buffer) + 1 - seplen
                if searched > self._limit:
                    raise exceptions.LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", searched)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                "Separator is found, but chunk is longer than limit", found)
        end = found + seplen
        chunk = bytes(self._buffer[:end])
        del self._buffer[:end]
        self._resume_if_drained()
        return chunk

    async def read(self, n=-1):
        """Up to n bytes (at least one, unless the stream ended); n < 0: everything until the end."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            # in chunks of the limit, so that the transport is not paused for long
            chunks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    return b"".join(chunks)
                chunks.append(block)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._resume_if_drained()
        return data

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError (with what came) if the stream ends first."""
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._resume_if_drained()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b"":
            raise StopAsyncIteration
        return val
