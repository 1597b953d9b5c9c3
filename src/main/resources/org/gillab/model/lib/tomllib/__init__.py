"""tomllib: reading TOML 1.0.0 documents, as CPython 3.11's package of that name does.

Written for GIL Lab from the TOML 1.0.0 specification, CPython's documentation and python3's observable
behaviour (the values it returns, its error messages and the positions they name); not copied from
CPython's Lib/tomllib/. The parser is in tomllib._parser, as in CPython, so that tracebacks name the
same file.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# CPython shows the class as tomllib.TOMLDecodeError, not as a name of the private module.
TOMLDecodeError.__module__ = __name__
