"""Signals and their handlers: the GIL Lab model's signal module.

Mirrors CPython 3.11's Lib/signal.py as its documentation and experiments with python3 show it; written for
the model, not copied. The numbers and the handlers' machinery are the Java module _signal
(SignalModule.java, CPython's Modules/signalmodule.c); this module names them with IntEnums: Signals
(SIGINT..., aliases such as SIGIOT naming the same member) and Handlers (SIG_DFL, SIG_IGN), which
signal() and getsignal() return where CPython's do.
"""

from enum import IntEnum as _IntEnum
import _signal
from _signal import *

_NAMES = [name for name in dir(_signal) if name.startswith('SIG') and not name.startswith('SIG_')]
# sorted by number, then name, so that of two names for one number the first alphabetically is the member
Signals = _IntEnum('Signals', sorted(((name, getattr(_signal, name)) for name in _NAMES),
                                    key=lambda pair: (pair[1], pair[0])), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _as_enum(value, enum_class):
    """An int as enum_class's member when it is one; anything else (a handler function) as it is."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _as_int(value):
    """An enum member as the plain int _signal takes; anything else as it is."""
    return int(value) if isinstance(value, _IntEnum) else value


def signal(signalnum, handler):
    return _as_enum(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_enum(_signal.getsignal(_as_int(signalnum)), Handlers)


def valid_signals():
    """The signals this platform has: Linux's 1 to NSIG - 1 but the two glibc keeps for its threads."""
    return {_as_enum(number, Signals) for number in range(1, NSIG) if number not in (32, 33)}


del _NAMES
