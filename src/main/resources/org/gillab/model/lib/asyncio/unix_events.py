"""The event loop and default policy of Unix, mirroring the part of CPython 3.11's
Lib/asyncio/unix_events.py the model has (written for the model): the selector loop and the policy
making it. No child watchers (the model's asyncio runs no subprocesses): the policy's
get_child_watcher and set_child_watcher raise NotImplementedError.
"""

from . import events
from . import selector_events

__all__ = ("SelectorEventLoop", "DefaultEventLoopPolicy")

SelectorEventLoop = selector_events._UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One current loop per thread, each a SelectorEventLoop."""

    _loop_factory = SelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
