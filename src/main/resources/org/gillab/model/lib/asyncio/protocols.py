"""asyncio's protocol interfaces, as CPython 3.11's Lib/asyncio/protocols.py defines them (written for the
model): the callbacks a transport makes. Every method does nothing here; a program overrides those it needs."""

__all__ = ("BaseProtocol", "Protocol")


class BaseProtocol:
    """The callbacks of every protocol: the connection's start and end, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; transport is how to write to it."""

    def connection_lost(self, exc):
        """The connection is gone: exc is None at an orderly end or close()."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained under its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data as it arrives, then the end of it."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more: a true result keeps the transport open for writing."""
