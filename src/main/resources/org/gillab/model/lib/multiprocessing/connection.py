"""multiprocessing.connection for the GIL Lab model: Pipe and its Connection objects.

Behaves as CPython 3.11's Lib/multiprocessing/connection.py documents for Pipe (written for the
model, not copied): a pipe is two one-way queues in the parent process; a Connection sends on one
and receives on the other. Closing a connection ends what it sends: the other end's recv() raises
EOFError once it has read everything.
"""

from _multiprocessing import SharedHandle

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
