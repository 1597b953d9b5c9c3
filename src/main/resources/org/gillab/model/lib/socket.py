"""The socket module of the GIL Lab model.

Written for the model (not copied) to behave as CPython 3.11's Lib/socket.py documents and does:
the socket type and the constants come from the model's _socket (Java, over NIO channels, as
CPython's come from Modules/socketmodule.c); the Python layer adds what CPython's Lib/socket.py
adds: makefile() and its SocketIO raw stream, a close() that waits for the socket's files, the
repr, create_connection and create_server. Every blocking call of a socket releases the GIL while
it waits.

Not here, because the model's _socket has no such thing: AF_UNIX and IPv6 sockets (socketpair gives
two loopback TCP sockets, as CPython's does on Windows), getaddrinfo, fromfd/dup, the AddressFamily/SocketKind enums (families, kinds and the
constants are plain ints).
"""

import _socket
import io
from _socket import *

_socket_names = ["socket", "SocketType", "socketpair", "create_connection", "create_server", "has_dualstack_ipv6",
                 "getfqdn", "gethostname", "gethostbyname", "getdefaulttimeout", "setdefaulttimeout",
                 "timeout", "error", "gaierror", "herror"]
__all__ = _socket_names + sorted(name for name in dir(_socket) if name.isupper())

# The "no timeout given" marker of create_connection; other modules (http.client...) pass it on.
_GLOBAL_DEFAULT_TIMEOUT = object()

# The modes SocketIO takes (makefile() reduces its mode to one of them).
_RAW_MODES = ("r", "w", "rw", "rb", "wb", "rwb")


class socket(_socket.socket):
    """A socket: _socket's, plus makefile() and a close() that waits for the files made from it."""

    # How many makefile() streams are open, and whether close() was called meanwhile; class-level
    # defaults, as sockets made by accept() are never passed through __init__.
    _io_refs = 0
    _closed = False

    def __repr__(self):
        # CPython's layout: module.qualname, [closed] once close() was called, then the numbers
        # and the addresses the socket has.
        kind = type(self)
        parts = [f"<{kind.__module__}.{kind.__qualname__}{' [closed]' if self._closed else ''}",
                 f" fd={self.fileno()}, family={self.family}, type={self.type}, proto={self.proto}"]
        if self.fileno() != -1:
            for label, query in ((", laddr=", self.getsockname), (", raddr=", self.getpeername)):
                try:
                    parts.append(f"{label}{query()}")
                except OSError:
                    pass
        return "".join(parts) + ">"

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def _receive_into(self, buffer, nbytes, method, too_small, receive):
        # sock_recv_into's checks, then one receive of at most nbytes (all of the buffer when 0) into
        # the buffer's front: returns what receive returned, its data replaced by the count.
        with io._writable_bytes(buffer, f"{method}() argument 1") as view:
            if nbytes < 0:
                raise ValueError(f"negative buffersize in {method}")
            if nbytes == 0:
                nbytes = len(view)
            elif nbytes > len(view):
                raise ValueError(too_small)
            result = receive(nbytes)
            data = result[0] if isinstance(result, tuple) else result
            view[:len(data)] = data
        return (len(data), result[1]) if isinstance(result, tuple) else len(data)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return self._receive_into(buffer, nbytes, "recv_into", "buffer too small for requested bytes",
                                  lambda n: self.recv(n, flags))

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        return self._receive_into(buffer, nbytes, "recvfrom_into", "nbytes is greater than the length of the buffer",
                                  lambda n: self.recvfrom(n, flags))

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket: text unless mode has "b".

        mode holds only "r", "w" and "b"; buffering=0 gives the raw SocketIO (binary only).
        """
        if set(mode) - {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writes = "w" in mode
        reads = "r" in mode or not writes
        binary = "b" in mode
        raw = SocketIO(self, ("r" if reads else "") + ("w" if writes else ""))
        self._io_refs += 1
        size = io.DEFAULT_BUFFER_SIZE if buffering is None or buffering < 0 else buffering
        if size == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffered = _buffer_for(raw, reads, writes, size)
        if binary:
            return buffered
        text = io.TextIOWrapper(buffered, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        # A makefile() stream closed: the last one really closes a socket close() was called on.
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def close(self):
        # The descriptor stays open while makefile() streams use it; they close it when they go.
        self._closed = True
        if self._io_refs <= 0:
            _socket.socket.close(self)


def _buffer_for(raw, reads, writes, size):
    if reads and writes:
        return io.BufferedRWPair(raw, raw, size)
    if reads:
        return io.BufferedReader(raw, size)
    return io.BufferedWriter(raw, size)


class SocketIO(io.RawIOBase):
    """The raw stream makefile() builds on: reads are recv, writes are send.

    A read that times out poisons the stream: every later read raises, because part of the data
    may have been lost.
    """

    def __init__(self, sock, mode):
        if mode not in _RAW_MODES:
            raise ValueError("invalid mode: %r" % mode)
        super().__init__()
        self._sock = sock
        self._mode = mode if mode.endswith("b") else mode + "b"
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timed_out = False
        self._is_closed = False

    # -- state checks, with CPython's messages ------------------------------------------------

    def _require_open(self, message="I/O operation on closed file."):
        if self._is_closed:
            raise ValueError(message)

    def _require_reading(self):
        self._require_open()
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")
        if self._timed_out:
            raise OSError("cannot read from timed out object")

    def _require_writing(self):
        self._require_open()
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")

    # -- reading -------------------------------------------------------------------------------

    def _receive(self, size):
        # recv once: the bytes, b"" at the end of the stream, None when a non-blocking socket has
        # nothing yet. A timeout is remembered, then raised.
        self._require_reading()
        try:
            return self._sock.recv(size)
        except timeout:
            self._timed_out = True
            raise
        except BlockingIOError:
            # A non-blocking socket with nothing yet: a raw stream says "would block" with None.
            return None

    def readinto(self, b):
        data = self._receive(len(b))
        if data is None:
            return None
        b[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        return self._receive(size)

    def readall(self):
        pieces = []
        while True:
            piece = self._receive(io.DEFAULT_BUFFER_SIZE)
            if piece is None:
                # Nothing more for now: what came so far, or None if nothing did.
                return b"".join(pieces) if pieces else None
            if not piece:
                return b"".join(pieces)
            pieces.append(piece)

    # -- writing -------------------------------------------------------------------------------

    def write(self, b):
        self._require_writing()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    # -- what the stream is ----------------------------------------------------------------------

    def readable(self):
        self._require_open("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        self._require_open("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        self._require_open("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._require_open()
        return self._sock.fileno()

    @property
    def name(self):
        return -1 if self._is_closed else self.fileno()

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._is_closed

    def close(self):
        # Closing the stream lets go of the socket (closing it if close() was called on it).
        if self._is_closed:
            return
        self._is_closed = True
        sock, self._sock = self._sock, None
        sock._decref_socketios()


def has_dualstack_ipv6():
    """Whether a server socket can take IPv4 and IPv6 at once: never, the model has no IPv6."""
    return False


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """A TCP socket connected to address, a (host, port) pair.

    timeout applies to the socket (default: getdefaulttimeout()); source_address, if given, is
    bound first. A failure raises the error, or an ExceptionGroup of it when all_errors is true.
    """
    host, port = address
    exceptions = []
    # CPython tries every address getaddrinfo gives; the model's _socket resolves host itself, so
    # there is one attempt. The connect and the raise keep CPython's lines, which its traceback
    # shows.
    sa = (host, port)
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect(sa)
        return sock
    except error as failure:
        sock.close()
        exceptions.append(failure)
    try:
        if not all_errors:
            raise exceptions[0]
        raise ExceptionGroup("create_connection failed", exceptions)
    finally:
        # The list holds the exceptions, whose tracebacks hold this frame: break the cycle.
        exceptions = []


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening (with backlog, if given).

    SO_REUSEADDR is set, as on every POSIX system CPython runs on; reuse_port sets SO_REUSEPORT.
    """
    # (CPython refuses reuse_port where there is no SO_REUSEPORT; the model always has it.)
    if dualstack_ipv6:
        # CPython asks the platform first, then the family; on Linux only the family can fail,
        # so the model (which has no IPv6) reports that first.
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
        raise ValueError("dualstack_ipv6 not supported on this platform")
    server = socket(family, SOCK_STREAM)
    try:
        for option in [SO_REUSEADDR, SO_REUSEPORT] if reuse_port else [SO_REUSEADDR]:
            server.setsockopt(SOL_SOCKET, option, 1)
        # A failed bind names the address, keeping the errno (the original error is suppressed).
        try:
            server.bind(address)
        except error as err:
            msg = f'{err.strerror} (while attempting to bind on address {address!r})'
            raise error(err.errno, msg) from None
        server.listen(*(() if backlog is None else (backlog,)))
        return server
    except error:
        server.close()
        raise


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """A pair of connected stream sockets, as threads use to wake each other or pass bytes.

    The model's _socket has no AF_UNIX: the pair is what CPython's socket.py makes where the platform has
    no socketpair (Windows), two TCP sockets connected over the loopback, so their family is AF_INET.
    """
    if family not in (AF_UNIX, AF_INET):
        raise ValueError("the model's socketpair supports the AF_UNIX and AF_INET families only")
    if type != SOCK_STREAM or proto != 0:
        raise ValueError("the model's socketpair makes SOCK_STREAM sockets of protocol 0 only")
    with socket(AF_INET, SOCK_STREAM) as listener:
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        client = socket(AF_INET, SOCK_STREAM)
        try:
            client.connect(listener.getsockname())
            server, _ = listener.accept()
        except BaseException:
            client.close()
            raise
    return server, client


def getfqdn(name=''):
    """The fully qualified name of host name (default: this host).

    The model has no gethostbyaddr to ask for aliases, so the name itself is the answer.
    """
    name = name.strip()
    # No name, or the "any address" of IPv4 or IPv6, means this host.
    return gethostname() if name in ('', '0.0.0.0', '::') else name
