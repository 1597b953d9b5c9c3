"""struct for the GIL Lab model: as CPython 3.11's Lib/struct.py, the names of the Java module _struct.
Written for the model, not copied."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
