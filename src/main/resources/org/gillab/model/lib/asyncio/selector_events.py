"""The selector event loop, as CPython 3.11's Lib/asyncio/selector_events.py (written for the model):
the loop waits in selectors.DefaultSelector.select(timeout), which releases the GIL, and other threads
wake it through a self-pipe (a connected pair of loopback sockets: the model's socket module has no
socketpair). Readers and writers of the program's own sockets are not supported."""

import selectors
import socket

from . import base_events

__all__ = ("BaseSelectorEventLoop", "SelectorEventLoop")


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
        for key, mask in event_list:
            key.data()

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()
        self._selector.unregister(self._ssock)
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._selector.close()
        self._selector = None


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The loop asyncio.run makes (CPython's unix_events name for it)."""


SelectorEventLoop = _UnixSelectorEventLoop
