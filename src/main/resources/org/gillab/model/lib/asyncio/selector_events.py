"""The selector event loop, as CPython 3.11's Lib/asyncio/selector_events.py (written for the model):
the loop waits in selectors.DefaultSelector.select(timeout), which releases the GIL, and other threads
wake it through a self-pipe (a connected pair of loopback sockets: the model's socket module has no
socketpair). A program's own sockets are watched with add_reader/add_writer, which the loop's sock_*
coroutines and the socket transport of streams and protocols build on."""

import collections
import selectors
import socket

from . import base_events
from . import events
from . import futures
from . import transports

__all__ = ("BaseSelectorEventLoop", "SelectorEventLoop")

# what a callback's failure passes on instead of reporting: these stop the loop
_EXITS = (SystemExit, KeyboardInterrupt)


def _socketpair():
    """Two connected loopback TCP sockets (CPython's socketpair fallback where AF_UNIX is missing)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        client.connect(listener.getsockname()[:2])
        server, _ = listener.accept()
    finally:
        listener.close()
    return server, client


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    def __init__(self, selector=None):
        super().__init__()
        self._selector = selectors.DefaultSelector() if selector is None else selector
        self._ssock, self._csock = _socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._selector.register(self._ssock, selectors.EVENT_READ, self._read_from_self)

    def _read_from_self(self):
        # the bytes only woke the loop up: the callbacks they announce are in the ready queue already
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
            except (BlockingIOError, InterruptedError):
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b"\0")
        except OSError:
            pass  # full (the loop will wake anyway) or closing

    def _process_events(self, event_list):
        # the self-pipe's callback runs now; a watched socket's reader/writer handles run this turn
        for key, mask in event_list:
            if callable(key.data):
                key.data()
                continue
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                self._watched_ready(reader, key.fileobj, 0)
            if mask & selectors.EVENT_WRITE and writer is not None:
                self._watched_ready(writer, key.fileobj, 1)

    def _watched_ready(self, handle, fileobj, which):
        if handle._cancelled:
            self._unwatch(fileobj, which)
        else:
            self._runnable.append(handle)

    # ---- watching file descriptors (CPython's _add_reader, _remove_reader, ...) ----

    def _watch(self, fileobj, which, callback, args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fileobj)
        except KeyError:
            pair = [None, None]
            pair[which] = handle
            self._selector.register(fileobj, selectors.EVENT_WRITE if which else selectors.EVENT_READ, tuple(pair))
            return handle
        pair = list(key.data)
        old = pair[which]
        pair[which] = handle
        self._selector.modify(fileobj, key.events | (selectors.EVENT_WRITE if which else selectors.EVENT_READ),
                              tuple(pair))
        if old is not None:
            old.cancel()
        return handle

    def _unwatch(self, fileobj, which):
        """Stops watching fileobj for reading (which 0) or writing (1): whether it was watched."""
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fileobj)
        except KeyError:
            return False
        pair = list(key.data)
        old = pair[which]
        pair[which] = None
        remaining = key.events & ~(selectors.EVENT_WRITE if which else selectors.EVENT_READ)
        if remaining:
            self._selector.modify(fileobj, remaining, tuple(pair))
        else:
            self._selector.unregister(fileobj)
        if old is None:
            return False
        old.cancel()
        return True

    def add_reader(self, fd, callback, *args):
        """Calls callback(*args) at each turn in which fd (a socket or its fileno) can be read."""
        self._watch(fd, 0, callback, args)

    def remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def add_writer(self, fd, callback, *args):
        """Calls callback(*args) at each turn in which fd can be written."""
        self._watch(fd, 1, callback, args)

    def remove_writer(self, fd):
        return self._unwatch(fd, 1)

    # ---- coroutines on non-blocking sockets ----

    def _check_non_blocking(self, sock):
        # in debug mode only, as CPython's
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")

    async def sock_recv(self, sock, n):
        """Up to n bytes from sock, once it has some (b"" at its end)."""
        self._check_non_blocking(sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._when_ready(sock, 0, sock.recv, n)

    async def sock_sendall(self, sock, data):
        """Sends all of data, waiting for room as needed."""
        self._check_non_blocking(sock)
        view = memoryview(data).cast("B")
        try:
            sent = sock.send(view)
        except (BlockingIOError, InterruptedError):
            sent = 0
        while sent < len(view):
            sent += await self._when_ready(sock, 1, sock.send, view[sent:])

    async def sock_accept(self, sock):
        """(connection, address) once a client connects to the listening sock."""
        self._check_non_blocking(sock)
        conn, address = await self._when_ready(sock, 0, sock.accept)
        conn.setblocking(False)
        return conn, address

    def _when_ready(self, sock, which, operation, *args):
        """A future of operation(*args), tried each time sock is readable (which 0) or writable (1)
        until it no longer would block."""
        fut = self.create_future()
        self._watch(sock, which, self._retry_when_ready, (fut, operation, *args))
        fut.add_done_callback(lambda _: self._unwatch(sock, which))
        return fut

    async def sock_connect(self, sock, address):
        """Connects sock to address. The model's socket connects at once (blocking, loopback being
        immediate) where CPython's gets EINPROGRESS; the outcome is still reported a turn later, when
        the socket is writable, as CPython's is."""
        self._check_non_blocking(sock)
        sock.setblocking(True)
        try:
            error = sock.connect_ex(address)
        finally:
            sock.setblocking(False)
        fut = self.create_future()

        def connected():
            if fut.done():
                return
            if error:
                fut.set_exception(OSError(error, f"Connect call failed {address}"))
            else:
                fut.set_result(None)

        if error:
            # an unconnected socket cannot be watched: the outcome still comes a turn later
            self.call_soon(connected)
        else:
            self.add_writer(sock, connected)
            fut.add_done_callback(lambda _: self.remove_writer(sock))
        return await fut

    def _retry_when_ready(self, fut, operation, *args):
        # a watched socket is ready: the operation's result (or error) goes to fut
        if fut.done():
            return
        try:
            result = operation(*args)
        except (BlockingIOError, InterruptedError):
            return
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    # ---- transports ----

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _start_serving(self, protocol_factory, sock, server, backlog=100):
        self.add_reader(sock, self._accept_connection, protocol_factory, sock, server, backlog)

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        # up to backlog connections a turn, each given a transport and a protocol
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({"message": "socket.accept() out of system resource",
                                             "exception": exc, "socket": sock})
                return
            conn.setblocking(False)
            self.create_task(self._serve_accepted(protocol_factory, conn, addr, server))

    async def _serve_accepted(self, protocol_factory, conn, peer, server):
        # a connection accepted: its protocol and transport, or the reason there are none to the handler
        try:
            await self._make_connected_transport(conn, protocol_factory, extra={"peername": peer}, server=server)
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            self.call_exception_handler({"message": "Error on transport creation for incoming connection",
                                         "exception": exc})

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        # the handles of sockets still watched drop their callbacks (and so the transports they hold)
        for key in list(self._selector.get_map().values()):
            if not callable(key.data):
                for handle in key.data:
                    if handle is not None:
                        handle.cancel()
                self._selector.unregister(key.fileobj)
        self._selector.unregister(self._ssock)
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._selector.close()
        self._selector = None


class _SelectorSocketTransport(transports.Transport):
    """A connected TCP socket as a transport (CPython's selector_events._SelectorSocketTransport):
    what arrives goes to protocol.data_received, the end to eof_received; write() sends at once what
    the socket takes and buffers the rest, sent as the socket becomes writable, pausing the protocol
    above the high-water mark (64 KiB)."""

    max_size = 256 * 1024  # the most one recv reads

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._extra["socket"] = _TransportSocket(sock)
        try:
            self._extra["sockname"] = sock.getsockname()
        except OSError:
            self._extra["sockname"] = None
        if "peername" not in self._extra:
            try:
                self._extra["peername"] = sock.getpeername()
            except OSError:
                self._extra["peername"] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._conn_lost = 0
        self._closing = False
        self._paused = False  # reading paused
        self._eof = False  # write_eof() was called
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = self._high_water // 4
        if server is not None:
            server._attach()
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [type(self).__name__]
        if self._sock is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        info.append(f"fd={self._sock_fd}")
        if self._loop is not None and not self._loop.is_closed():
            watched = self._watched_events()
            info.append("read=polling" if watched & selectors.EVENT_READ else "read=idle")
            writing = "polling" if watched & selectors.EVENT_WRITE else "idle"
            info.append(f"write=<{writing}, bufsize={self.get_write_buffer_size()}>")
        return "<{}>".format(" ".join(info))

    def _watched_events(self):
        try:
            key = self._loop._selector.get_key(self._sock)
        except (KeyError, ValueError):
            return 0
        return key.events

    def _add_reader(self):
        if not self._paused and not self._closing:
            self._loop.add_reader(self._sock, self._read_ready__data_received)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._sock)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader()

    def _read_ready__data_received(self):
        """The socket is readable: what came goes to the protocol; b"" is the other end's EOF."""
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            self._fatal_error(exc, "Fatal read error on socket transport")
            return
        if not data:
            self._read_eof()
            return
        try:
            self._protocol.data_received(data)
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            self._fatal_error(exc, "Fatal error: protocol.data_received() call failed.")

    def _read_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            self._fatal_error(exc, "Fatal error: protocol.eof_received() call failed.")
            return
        if keep_open:
            # the other side will not write again, but this one may: stop reading only
            self._loop.remove_reader(self._sock)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except BaseException as exc:
                if isinstance(exc, _EXITS):
                    raise
                self._fatal_error(exc, "Fatal write error on socket transport")
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._sock, self._write_ready)
        self._buffer.append(bytes(data))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        data = b"".join(self._buffer)
        try:
            sent = self._sock.send(data)
        except (BlockingIOError, InterruptedError):
            return
        except BaseException as exc:
            if isinstance(exc, _EXITS):
                raise
            self._loop.remove_writer(self._sock)
            self._buffer.clear()
            self._buffer_size = 0
            self._fatal_error(exc, "Fatal write error on socket transport")
            return
        self._buffer.clear()
        if sent < len(data):
            self._buffer.append(data[sent:])
        self._buffer_size = len(data) - sent
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def get_write_buffer_size(self):
        return self._buffer_size

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
        self._high_water, self._low_water = high, low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if self._buffer_size > self._high_water and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self._buffer_size <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({"message": message, "exception": exc,
                                               "transport": self, "protocol": self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._buffer_size = 0
            self._loop.remove_writer(self._sock)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        # the protocol hears of the end, the socket closes, and the references that make cycles go
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()


class _TransportSocket:
    """The socket a transport lends out (CPython's trsock.TransportSocket): its addresses and options,
    but not the operations that would disturb the transport."""

    __slots__ = ("_sock",)

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def __repr__(self):
        s = f"<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, type={self.type!s}, proto={self.proto}"
        if self.fileno() != -1:
            try:
                s += f", laddr={self.getsockname()}"
            except OSError:
                pass
            try:
                s += f", raddr={self.getpeername()}"
            except OSError:
                pass
        return s + ">"

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def getsockopt(self, *args):
        return self._sock.getsockopt(*args)

    def setsockopt(self, *args):
        self._sock.setsockopt(*args)

    def gettimeout(self):
        return 0


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The loop asyncio.run makes (CPython's unix_events name for it)."""


SelectorEventLoop = _UnixSelectorEventLoop
