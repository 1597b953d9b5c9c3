"""The socket module of the GIL Lab model.

Written for the model (not copied) to behave as CPython 3.11's Lib/socket.py documents and does:
the socket type and the constants come from the model's _socket (Java, over NIO channels, as
CPython's come from Modules/socketmodule.c); create_connection and create_server are Python here
as they are there. Every blocking call of a socket releases the GIL while it waits.
"""

import _socket
import io
from _socket import *

__all__ = ["socket", "SocketType", "create_connection", "create_server", "gethostname",
           "gethostbyname", "getdefaulttimeout", "setdefaulttimeout", "timeout", "error",
           "gaierror", "herror"]
__all__.extend(name for name in dir(_socket) if name.isupper())

_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_socket.socket):
    """A socket: _socket's, with makefile() as Lib/socket.py adds it."""

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and/or writing to this socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError(f"invalid mode {mode!r} (only r, w, b allowed)")
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else ""))
        if buffering is None or buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text


class SocketIO(io.RawIOBase):
    """The raw file of a socket's makefile(): read is recv, write is send; closing it leaves the socket open."""

    def __init__(self, sock, mode):
        self._sock = sock
        self._mode = mode
        self._closed = False

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            return self.readall()
        return self._sock.recv(size)

    def readall(self):
        chunks = []
        while data := self._sock.recv(io.DEFAULT_BUFFER_SIZE):
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        self._checkClosed()
        return self._sock.send(b)

    def readable(self):
        return "r" in self._mode

    def writable(self):
        return "w" in self._mode

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    @property
    def name(self):
        return self._sock.fileno() if not self._closed else -1

    @property
    def mode(self):
        return self._mode + "b"

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects a TCP socket to (host, port) and returns it."""
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    sock = socket(family, SOCK_STREAM, IPPROTO_TCP)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=''):
    return name or gethostname()
