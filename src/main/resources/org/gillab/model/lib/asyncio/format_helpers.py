"""How asyncio's reprs and error messages show a callback, mirroring CPython 3.11's
Lib/asyncio/format_helpers.py (written for the model from python3's observed output).

A callback shows as its qualified name and its arguments' short reprs, "name(1, 'x', key=2)"; a
functools.partial shows as the function it wraps, its own arguments first and the call's after. A plain
function (or a partial of one) adds where it was defined, " at FILE:LINE"; bound methods and builtins
do not, since only a function's code tells its place.
"""

import functools
import inspect
import reprlib


def _get_function_source(func):
    """(filename, first line) of the function func is or wraps, or None when it is not one."""
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    """'(a, b, k=v)' with each value's reprlib repr."""
    shown = [reprlib.repr(arg) for arg in args or ()]
    shown += [f"{key}={reprlib.repr(value)}" for key, value in (kwargs or {}).items()]
    return f"({', '.join(shown)})"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        # the partial's bound arguments come first, then the ones the call adds
        return _format_callback(func.func, func.args, func.keywords, _format_args_and_kwargs(args, kwargs) + suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    """func(args...) followed by " at FILE:LINE" when func's source is known."""
    shown = _format_callback(func, args, None)
    source = _get_function_source(func)
    return shown if source is None else f"{shown} at {source[0]}:{source[1]}"
