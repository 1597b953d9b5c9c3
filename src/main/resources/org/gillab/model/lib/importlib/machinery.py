"""importlib.machinery for the model: ModuleSpec, SourceFileLoader, BuiltinImporter and the suffix lists,
with the behaviour of CPython 3.11's Lib/importlib/machinery.py (whose classes live in _bootstrap and
_bootstrap_external, and say so in their reprs). Written for the model, not copied. The model's import
system is Java (vm.Imports) and gives the modules it loads no spec; these classes serve importlib.util's
find_spec, spec_from_file_location and module_from_spec, which load a file as a module by hand."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
# the model loads no C extensions; CPython's list is given so that code building file names sees the same
EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """Every suffix a module file may have: source, then bytecode, then extension modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What an import knows of a module before it runs: its name, loader, origin and, for a package,
    where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    @property
    def parent(self):
        """The package the module belongs to: itself for a package."""
        if self.submodule_search_locations is not None:
            return self.name
        return self.name.rpartition('.')[0]

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        """Where the compiled module would be cached: computed from a source file's origin."""
        if self._cached is None and self.origin is not None and self._set_fileattr \
                and self.origin.endswith(tuple(SOURCE_SUFFIXES)):
            from importlib.util import cache_from_source
            self._cached = cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    def __repr__(self):
        fields = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            fields.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            fields.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(fields)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.cached, self.has_location,
                self.submodule_search_locations) == (other.name, other.loader, other.origin, other.cached,
                                                     other.has_location, other.submodule_search_locations)

    __hash__ = None


class BuiltinImporter:
    """The loader of the modules built into the interpreter (the model's modules written in Java)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        # a built-in module exists once per interpreter: the import system makes it (and lists it in sys.modules)
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        """A built-in module is ready when made."""


class SourceFileLoader:
    """A loader of a Python source file: the module's name and its path. The model compiles the file each
    time it runs it: it writes no bytecode cache."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        """The file's bytes; the model's own library modules are read from where the model keeps them."""
        source = _imp._library_source(path)
        if source is not None:
            return source.encode('utf-8')
        with open(path, 'rb') as file:
            return file.read()

    def is_package(self, fullname):
        """A module whose file is __init__.py is a package."""
        stem = self.path.rpartition('/')[2].partition('.')[0]
        return stem == '__init__'

    def create_module(self, spec):
        """None: module_from_spec makes a plain module."""

    def exec_module(self, module):
        """Runs the file's code in the module's namespace."""
        exec(self.get_code(module.__name__), module.__dict__)

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)


# the reprs name the modules CPython defines these classes in
ModuleSpec.__module__ = BuiltinImporter.__module__ = '_frozen_importlib'
SourceFileLoader.__module__ = '_frozen_importlib_external'
