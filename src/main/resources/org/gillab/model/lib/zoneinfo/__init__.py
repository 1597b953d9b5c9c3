"""IANA time zone support: the GIL Lab model's zoneinfo package.

Written for the model (not copied) to behave as CPython 3.11's zoneinfo package (Lib/zoneinfo/__init__.py)
does, from its documentation, PEP 615 and RFC 8536: ZoneInfo (the model's _zoneinfo module stands for
CPython's C accelerator Modules/_zoneinfo.c) reads the system's TZif files found on TZPATH, else those of
the tzdata package from PyPI when it is installed.
"""

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from _zoneinfo import ZoneInfo


def __getattr__(name):
    # TZPATH is looked up on each access: reset_tzpath() replaces the tuple in _tzpath.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
