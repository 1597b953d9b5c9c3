"""importlib.util for the model: find_spec, spec_from_file_location, module_from_spec, resolve_name,
MAGIC_NUMBER and the bytecode cache's path arithmetic, with the behaviour of CPython 3.11's
Lib/importlib/util.py as its documentation and python3 show it. Written for the model, not copied.

find_spec asks the model's import system (vm.Imports, through the model-private _imp._find) where it
would find a module, without running it. The modules that import system loads carry no __spec__ (None),
so for one of them already in sys.modules find_spec describes where it is found now; a module of
sys.modules that no finder knows (__main__, one made by hand) has no spec: ValueError, as in CPython."""

import sys
import _imp
from importlib import _resolve
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, SOURCE_SUFFIXES, BYTECODE_SUFFIXES

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'source_from_cache', 'resolve_name', 'find_spec',
           'spec_from_file_location', 'spec_from_loader', 'module_from_spec', 'decode_source']

# CPython 3.11's bytecode magic (3495), which its .pyc files start with
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_CACHE_DIRECTORY = '__pycache__'
_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of a relative module name ('.sub') in package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    return _resolve(name, package)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc file CPython would cache path's code in (path arithmetic only)."""
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    directory, _, filename = path.rpartition('/')
    stem, dot, suffix = filename.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    name = f'{stem or suffix}{dot}{tag}'
    if optimization is None:
        optimization = sys.flags.optimize or ''  # without -O the cache file names no level
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        name = f'{name}.opt-{optimization}'
    return _join(directory, f'{_CACHE_DIRECTORY}/{name}{BYTECODE_SUFFIXES[0]}')


def source_from_cache(path):
    """The source file whose cached code is path, a .pyc in a __pycache__ directory (path arithmetic only)."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = _fspath(path)
    head, _, filename = path.rpartition('/')
    directory, _, cache_directory = head.rpartition('/')
    if cache_directory != _CACHE_DIRECTORY:
        raise ValueError(f'{_CACHE_DIRECTORY} not bottom-level directory in {path!r}')
    dots = filename.count('.')
    if dots not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {filename!r}')
    if dots == 3:
        level = filename.rsplit('.', 2)[-2]
        if not level.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start with 'opt-'")
        if not level[len('opt-'):].isalnum():
            raise ValueError(f'optimization level {level!r} is not an alphanumeric value')
    return _join(directory, filename.partition('.')[0] + SOURCE_SUFFIXES[0])


def _join(directory, name):
    """name in directory; a file of the root directory ('/c.py') loses its slash, as in CPython's path arithmetic."""
    return f'{directory}/{name}' if directory else name


def _fspath(path):
    import os
    return os.fspath(path)


def decode_source(source_bytes):
    """Source code bytes as text, universal newlines applied."""
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads; a loader with a file gives its file's spec."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        location = loader.get_filename(name)
        if is_package is None:
            return spec_from_file_location(name, location, loader=loader)
        locations = [] if is_package else None
        return spec_from_file_location(name, location, loader=loader, submodule_search_locations=locations)
    if is_package is None:
        is_package = loader.is_package(name) if hasattr(loader, 'is_package') else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module in the file at location: a source file's loader unless one is given; None for
    a file of no module suffix. A package's (__init__.py) spec has its directory to search."""
    if location is None:
        location = '<unknown>'
    else:
        location = _fspath(location)
        if not location.startswith('/'):
            import os
            location = os.path.join(os.getcwd(), location)
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        spec.submodule_search_locations.append(location.rpartition('/')[0])  # a package searches its own directory
    return spec


def module_from_spec(spec):
    """A new module for spec, its attributes set from the spec; not run and not put in sys.modules."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _set_module_attributes(spec, module)
    return module


def _set_module_attributes(spec, module):
    """The attributes an import gives a module: its name, loader, package, spec, and path and file if any."""
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached


def find_spec(name, package=None):
    """The spec of the module the import system would load for name (relative to package if it starts with
    a dot), or None when it finds none. The parent package of a dotted name is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None and fullname != '__main__':
            spec = _find(fullname)  # a module the model's import system loaded: where it is found now
        if spec is None:
            raise ValueError(f"{name}.__spec__ is {'None' if hasattr(module, '__spec__') else 'not set'}")
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        if not hasattr(parent, '__path__'):
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent_name!r} while trying to find '
                                      f'{fullname!r}', name=fullname)
    return _find(fullname)


def _find(fullname):
    """The spec of where the model's import system finds fullname now, or None."""
    if fullname in sys.builtin_module_names:
        return BuiltinImporter.find_spec(fullname)
    found = _imp._find(fullname)
    if found is None:
        return None
    filename, package_directory = found
    locations = None if package_directory is None else [package_directory]
    return spec_from_file_location(fullname, filename, submodule_search_locations=locations)
