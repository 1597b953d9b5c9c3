"""importlib for the model: import_module and reload, with the behaviour of CPython 3.11's
Lib/importlib/__init__.py. Written for the model, not copied: the model's import system is Java
(vm.Imports), reached through __import__ and the model-private _imp._reload."""

import sys
import _imp

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _absolute_name(name, package):
    """The absolute module name of a possibly relative name, as importlib's _resolve_name gives it."""
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        f"import for {name!r}")
    return _resolve(name, package)


def _resolve(name, package):
    """A relative name ('..sub') against the package it is relative to."""
    level = len(name) - len(name.lstrip('.'))
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def import_module(name, package=None):
    """Import a module by name; a relative name ('.sub') is resolved against package."""
    absolute = _absolute_name(name, package)
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Run an imported module's source again in the module's own namespace and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if type(module).__name__ != 'module':
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    return _imp._reload(module)


def invalidate_caches():
    """The model's finders keep no caches: nothing to invalidate."""
