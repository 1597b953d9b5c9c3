"""The loop binding of asyncio's locks and queues, as CPython 3.11's Lib/asyncio/mixins.py (written for the model)."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        # bound to the loop that first waits on it; another loop using it is an error
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop
