"""Hiding a library module's frames from tracebacks: a model-only helper, written for the model (CPython
has no such module).

Some modules the model writes in Python are C in CPython (decimal, datetime), so in CPython a traceback
through them shows only the caller's frame. hide_module makes the model's frames of such a module as
invisible, with _traceback.hide_frames.
"""

from _traceback import hide_frames

__all__ = ["hide_module", "hide_class"]


def hide_module(namespace, class_module=None):
    """Hides the functions a module defines, and the methods, properties, class and static methods of
    its classes; namespace is the module's globals(). class_module is the module its classes claim when
    that is not its own name, as contextvars' claim CPython's C module, '_contextvars'."""
    module = namespace["__name__"]
    _hide_defined_in(namespace, module, {module, class_module or module})


def hide_class(cls):
    """A class decorator: hides the methods of a class that does what C code does in CPython."""
    _hide_defined_in(vars(cls), cls.__module__, {cls.__module__})
    return cls


def _hide_defined_in(namespace, module, class_modules):
    for value in list(namespace.values()):
        if isinstance(value, type):
            if value.__module__ in class_modules:
                _hide_defined_in(vars(value), module, class_modules)
            continue
        for function in (value, getattr(value, "__func__", None), getattr(value, "fget", None),
                         getattr(value, "fset", None)):
            if type(function) is type(hide_module) and function.__module__ == module:
                hide_frames(function)
