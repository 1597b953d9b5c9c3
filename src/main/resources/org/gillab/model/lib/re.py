"""Regular expressions: the GIL Lab model's re module.

Mirrors CPython 3.11's Lib/re/__init__.py (a package there, one module here) as its documentation and
experiments with python3 show it; written for the model, not copied. Compiling and matching are the Java
module _sre (ReModule.java: CPython's Modules/_sre.c with the checks of Lib/re/_parser.py), whose
functions stand here for re's own, so a bad pattern's traceback ends in the caller's line. What 3.11
writes in Python is here: the flags are members of the RegexFlag enum, shown as re.IGNORECASE or
re.IGNORECASE|re.MULTILINE, while a compiled pattern's .flags stays a plain int.
"""

import copyreg
import enum
import functools
import _sre
from _sre import (compile, match, fullmatch, search, findall, finditer, sub, subn, split, escape, purge,
                  error, Pattern, Match)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    # in 3.11's order, which iteration and the repr of a combination follow
    NOFLAG = 0
    ASCII = A = _sre.ASCII
    IGNORECASE = I = _sre.IGNORECASE
    LOCALE = L = _sre.LOCALE
    UNICODE = U = _sre.UNICODE
    MULTILINE = M = _sre.MULTILINE
    DOTALL = S = _sre.DOTALL
    VERBOSE = X = _sre.VERBOSE
    TEMPLATE = T = _sre.TEMPLATE
    DEBUG = _sre.DEBUG
    # str() reads as repr(), and bits without a name show in hex: re.IGNORECASE|0x400
    __str__ = object.__str__
    _numeric_repr_ = hex



def _compile(pattern, flags):
    """What a pickled pattern is rebuilt with, by this name as in CPython."""
    return compile(pattern, flags)


def _pickle(pattern):
    return _compile, (pattern.pattern, pattern.flags)


copyreg.pickle(Pattern, _pickle, _compile)
