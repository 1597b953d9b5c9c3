"""Control-C handling for test runs (the runner's -c/--catch option): the GIL Lab model's
unittest.signals.

Mirrors CPython 3.11's Lib/unittest/signals.py: written for the model from the unittest documentation
("Signal Handling") and from experiments with python3, not copied. The first SIGINT asks every
registered result to stop after the running test; a second one, or one arriving after another handler
replaced ours, goes to the handler the program had before.
"""

import signal
import weakref
from functools import wraps

__unittest = True

# results to stop on Control-C; registering one must not keep it alive
_results = weakref.WeakKeyDictionary()
# the installed _InterruptHandler, None until installHandler is first called
_interrupt_handler = None


def _as_callable(handler):
    """The SIGINT handler signal.getsignal returned, as a function to delegate to."""
    if not isinstance(handler, int):
        return handler
    if handler == signal.SIG_DFL:
        return signal.default_int_handler
    if handler == signal.SIG_IGN:
        return lambda signum, frame: None
    raise TypeError('expected SIGINT signal handler to be signal.SIG_IGN, signal.SIG_DFL, '
                    'or a callable object')


class _InterruptHandler:
    """The SIGINT handler installHandler installs."""

    def __init__(self, previous):
        self.original_handler = previous            # what removeHandler puts back
        self.default_handler = _as_callable(previous)
        self.called = False                         # set by the first Control-C

    def __call__(self, signum, frame):
        if self.called or signal.getsignal(signal.SIGINT) is not self:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results):
            result.stop()

    def uninstall(self):
        signal.signal(signal.SIGINT, self.original_handler)


def registerResult(result):
    """Makes result stop (result.stop()) at the next Control-C, once installHandler has run."""
    _results[result] = True


def removeResult(result):
    """Forgets result; True if it was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Installs the Control-C handler (once; later calls do nothing)."""
    global _interrupt_handler
    if _interrupt_handler is None:
        handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, handler)
        _interrupt_handler = handler


def _restore_previous_handler():
    if _interrupt_handler:
        _interrupt_handler.uninstall()


def removeHandler(method=None):
    """Puts back the SIGINT handler installHandler replaced. As a decorator, only while the decorated
    function runs: the handler in place before the call is reinstalled after it."""
    if method is None:
        _restore_previous_handler()
        return None

    @wraps(method)
    def without_handler(*args, **kwargs):
        current = signal.getsignal(signal.SIGINT)
        _restore_previous_handler()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, current)
    return without_handler
