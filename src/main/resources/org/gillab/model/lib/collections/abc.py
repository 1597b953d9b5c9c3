"""collections.abc: the container ABCs, defined in _collections_abc (as CPython's Lib/collections/abc.py
re-exports them). Written for the GIL Lab model."""

from _collections_abc import *
from _collections_abc import __all__
