"""multiprocessing.connection for the GIL Lab model: Pipe and its Connection objects.

Behaves as CPython 3.11's Lib/multiprocessing/connection.py documents for Pipe (written for the
model, not copied): a pipe is two one-way queues in the parent process; a Connection sends on one
and receives on the other. A connection sent to a child is a copy of its end, as a child inherits a
duplicated descriptor: the other end's recv() raises EOFError once every copy of the sending end is
closed (by close(), by being freed, or by its process ending) and it has read everything.
"""

import weakref
from _multiprocessing import SharedHandle
from . import util

util._register_exit_function()  # CPython's connection.py imports util, which registers it

__all__ = ['Pipe', 'Connection']


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
        self._check_closed()
        self._check_writable()
        self._outgoing.call('put', obj, True, None)

    def recv(self):
        """Receive a (picklable) object; EOFError when the other end is closed and nothing is left."""
        self._check_closed()
        self._check_readable()
        return self._incoming.call('get', True, None)

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        self.send(data[offset:end])

    def recv_bytes(self, maxlength=None):
        return self.recv()

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
