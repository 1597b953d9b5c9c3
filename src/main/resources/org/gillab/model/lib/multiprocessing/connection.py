"""multiprocessing.connection for the GIL Lab model: Pipe and its Connection objects.

Behaves as CPython 3.11's Lib/multiprocessing/connection.py documents for Pipe (written for the
model, not copied): a pipe is two one-way queues in the parent process; a Connection sends on one
and receives on the other. Each message keeps whether it was sent as an object or as bytes, so that
reading it as the other kind gives what CPython's pipe of bytes gives (an object's pickle, bytes unpickled). A connection sent to a child is a copy of its end, as a child inherits a
duplicated descriptor: the other end's recv() raises EOFError once every copy of the sending end is
closed (by close(), by being freed, or by its process ending) and it has read everything.
"""

import pickle
import weakref
from _multiprocessing import SharedHandle
from . import util
from .context import BufferTooShort
from .reduction import ForkingPickler as _ForkingPickler

__all__ = ['Pipe', 'Connection']

# How a message was sent: CPython's pipe carries bytes only, send() sending its object's pickle, so either
# end may read a message as the other kind (see recv and _take_bytes)
_PICKLED, _BYTES = 0, 1


class Connection(object):

    def __init__(self, incoming, outgoing):
        self._incoming = incoming
        self._outgoing = outgoing
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._incoming is not None

    @property
    def writable(self):
        return self._outgoing is not None

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if self._incoming is None:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._outgoing is None:
            raise OSError("connection is read-only")

    def send(self, obj):
        """Send a (picklable) object."""
        self._put((_PICKLED, obj))

    def recv(self):
        """Receive a (picklable) object; EOFError when the other end is closed and nothing is left."""
        kind, payload = self._take()
        # bytes from send_bytes are unpickled, as CPython's recv() unpickles whatever bytes come
        return payload if kind == _PICKLED else pickle.loads(payload)

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes of a bytes-like object, or size of them from offset."""
        data = memoryview(buf).cast('B').tobytes()
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._put((_BYTES, data[offset:offset + size]))

    def recv_bytes(self, maxlength=None):
        """Receive a message's bytes; OSError (and the end stops reading) when it is longer than maxlength."""
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take_bytes()
        if maxlength is not None and len(data) > maxlength:
            self._incoming = None
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receive a message's bytes into the writable buffer buf from byte offset; returns their number.
        BufferTooShort, holding the message, when they do not fit."""
        with memoryview(buf) as view:
            if offset < 0:
                raise ValueError("negative offset")
            if offset > view.nbytes:
                raise ValueError("offset too large")
            data = self._take_bytes()
            if view.nbytes < offset + len(data):
                raise BufferTooShort(data)
            view.cast('B')[offset:offset + len(data)] = data
            return len(data)

    def _put(self, message):
        self._check_closed()
        self._check_writable()
        self._outgoing.call('put', message, True, None)

    def _take(self):
        self._check_closed()
        self._check_readable()
        return self._incoming.call('get', True, None)

    def _take_bytes(self):
        # an object from send() comes as its pickle, as CPython's pipe carries send()'s pickled bytes
        kind, payload = self._take()
        return payload if kind == _BYTES else pickle.dumps(payload)

    def poll(self, timeout=0.0):
        """Whether there is data to read, waiting at most timeout seconds (None: for ever)."""
        self._check_closed()
        self._check_readable()
        return self._incoming.call('poll', timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._outgoing is not None:
                self._outgoing.call('close')

    def __del__(self):
        self.close()

    def __reduce__(self):
        # the copy another process gets counts as one more open sending end, from now on: the parent may
        # close its own before the child has unpickled the copy
        self._check_closed()
        if self._outgoing is not None:
            self._outgoing.call('open')
        return _copied, (self._incoming, self._outgoing)

    def fileno(self):
        raise OSError("the GIL Lab model's connections have no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class _PicklingEnd(object):
    """The writing end of a pipe as far as pickling goes: CPython's Connection.send pickles an object
    before it writes. The model's pool hands its workers a task through its codec instead; a task the
    codec refused is sent here, so that pickle's error rises through the frames CPython's does."""

    def send(self, obj):
        self._send_bytes(_ForkingPickler.dumps(obj))

    def _send_bytes(self, buf):
        """Nothing to write: pickle took the object, so the codec refused it for another reason."""


def Pipe(duplex=True):
    """A pair (conn1, conn2) of connected Connections; conn1 only receives unless duplex."""
    forward = SharedHandle('queue', 0)
    if not duplex:
        return Connection(forward, None), Connection(None, forward)
    backward = SharedHandle('queue', 0)
    return Connection(forward, backward), Connection(backward, forward)


# The copies this process received: what a child still holds when it ends is closed then, as the
# system closes a process's descriptors when it exits
_copies = weakref.WeakSet()


def _copied(incoming, outgoing):
    connection = Connection(incoming, outgoing)
    if outgoing is not None:
        outgoing.call('adopt')  # the parent closes it if this process dies holding it
    _copies.add(connection)
    return connection


def _close_copies():
    for connection in list(_copies):
        connection.close()
