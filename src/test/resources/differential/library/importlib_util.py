# importlib.util: plugins loaded from files (spec_from_file_location, module_from_spec, exec_module),
# find_spec, resolve_name, MAGIC_NUMBER, cache_from_source/source_from_cache, and importlib.machinery's
# ModuleSpec and SourceFileLoader. The plugins are written into a temporary directory.
import importlib.util, importlib.machinery, os, sys, tempfile


def report(call, *args, **kwargs):
    try:
        print(call.__name__, args, '->', call(*args, **kwargs))
    except Exception as e:
        print(call.__name__, args, '->', type(e).__name__, e)


with tempfile.TemporaryDirectory() as root:
    def write(relative, text):
        path = os.path.join(root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
        return path

    def short(value):
        return str(value).replace(root, '<root>')

    hello = write('plugins/hello.py', 'NAME = "hello"\nprint("running", __name__, __package__ == "")\n'
                                      'def greet(who):\n    return f"hello, {who}"\n')
    spec = importlib.util.spec_from_file_location('hello_plugin', hello)
    print(short(spec))
    print(spec.name, short(spec.origin), spec.submodule_search_locations, repr(spec.parent), spec.has_location)
    print(short(spec.cached), type(spec.loader).__name__, spec.loader.name, short(spec.loader.path))
    module = importlib.util.module_from_spec(spec)
    print(sorted(vars(module)), module.__spec__ is spec, module.__loader__ is spec.loader)
    print('in sys.modules before exec:', 'hello_plugin' in sys.modules)
    spec.loader.exec_module(module)
    print(module.NAME, module.greet('world'), 'in sys.modules after:', 'hello_plugin' in sys.modules)
    print(short(module.__file__), short(module.__cached__))

    # a package plugin: its spec searches its directory, and a relative import inside it works once the
    # package is in sys.modules, as a plugin loader puts it
    write('plugins/pack/__init__.py', 'from . import part\nVALUE = part.VALUE * 2\n')
    write('plugins/pack/part.py', 'VALUE = 21\n')
    pack_spec = importlib.util.spec_from_file_location('pack', os.path.join(root, 'plugins/pack/__init__.py'))
    print(short(pack_spec))
    print(short(pack_spec.submodule_search_locations), pack_spec.parent)
    pack = importlib.util.module_from_spec(pack_spec)
    sys.modules['pack'] = pack
    pack_spec.loader.exec_module(pack)
    print(pack.VALUE, short(pack.__path__), pack.part.__name__, short(sys.modules['pack.part'].__file__))

    # find_spec through sys.path
    sys.path.insert(0, os.path.join(root, 'plugins'))
    found = importlib.util.find_spec('hello')
    print(short(found), found.loader.is_package('hello'))
    print(importlib.util.find_spec('no_such_plugin'))
    print(short(importlib.util.find_spec('pack')))
    sub = importlib.util.find_spec('pack.part')
    print(short(sub), sub.parent)
    print(importlib.util.find_spec('.part', 'pack') == sub, importlib.util.find_spec('pack.nothing'))
    report(importlib.util.find_spec, 'no_such_parent.child')
    report(importlib.util.find_spec, 'hello.child')
    report(importlib.util.find_spec, '.part')
    report(importlib.util.find_spec, '__main__')
    del sys.path[0]

    # a plugin that fails, and one whose file is gone
    broken = write('plugins/broken.py', 'raise RuntimeError("broken plugin")\n')
    broken_spec = importlib.util.spec_from_file_location('broken', broken)
    try:
        broken_spec.loader.exec_module(importlib.util.module_from_spec(broken_spec))
    except RuntimeError as e:
        print('RuntimeError', e)
    gone = importlib.util.spec_from_file_location('gone', os.path.join(root, 'gone.py'))
    try:
        gone.loader.exec_module(importlib.util.module_from_spec(gone))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, short(e.filename))
    print(importlib.util.spec_from_file_location('notes', os.path.join(root, 'notes.txt')))

# built-in and standard modules
print(importlib.util.find_spec('sys'), importlib.util.find_spec('_signal').origin)
json_spec = importlib.util.find_spec('json')
print(json_spec.name, json_spec.origin.endswith('json/__init__.py'), len(json_spec.submodule_search_locations))
print(importlib.util.find_spec('json.decoder').origin.endswith('json/decoder.py'), importlib.util.find_spec('json.nope'))
print(importlib.util.find_spec('.decoder', 'json').name)

report(importlib.util.resolve_name, '..a', 'p.q.r')
report(importlib.util.resolve_name, '.', 'p.q')
report(importlib.util.resolve_name, 'a', None)
report(importlib.util.resolve_name, '...a', 'p.q')
report(importlib.util.resolve_name, '.a', None)
print(importlib.util.MAGIC_NUMBER)
for path in ['/a/b/c.py', 'c.py', '/a/b/c.pyw', '/a/b/c', '/c.py']:
    print(importlib.util.cache_from_source(path), importlib.util.cache_from_source(path, optimization=2),
          importlib.util.cache_from_source(path, optimization=''))
report(importlib.util.cache_from_source, '/a/b/c.py', optimization='-')
for path in ['/a/b/__pycache__/c.cpython-311.pyc', '/a/b/c.pyc', '/a/b/__pycache__/c.pyc',
             '/a/b/__pycache__/c.cpython-311.opt-2.pyc', '__pycache__/c.cpython-311.pyc',
             '/a/b/__pycache__/c.x.y.z.pyc', '/a/b/__pycache__/c.cpython-311.o2.pyc']:
    report(importlib.util.source_from_cache, path)

# importlib.machinery's pieces
ModuleSpec = importlib.machinery.ModuleSpec
print(ModuleSpec('a.b', None), ModuleSpec('a', None, origin='o', is_package=True))
print(ModuleSpec('a', None) == ModuleSpec('a', None), ModuleSpec('a', None) == ModuleSpec('b', None))
print(ModuleSpec('a.b', None).parent, ModuleSpec('a.b', None, is_package=True).parent, ModuleSpec('a', None).cached)
plain = importlib.util.module_from_spec(ModuleSpec('plain', None))
print(sorted(vars(plain)), plain.__loader__, repr(plain.__package__))
loader = importlib.machinery.SourceFileLoader('p', '/x/p.py')
print(loader.name, loader.path, loader.get_filename(), loader.is_package('p'),
      loader == importlib.machinery.SourceFileLoader('p', '/x/p.py'))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
report(importlib.util.module_from_spec, object())

# spec_from_loader, and spec_from_file_location's search locations
print(importlib.util.spec_from_loader('p', loader), importlib.util.spec_from_loader('p', loader, is_package=True))
print(importlib.util.spec_from_loader('q', None, origin='somewhere'))
print(importlib.util.spec_from_loader('q', importlib.machinery.BuiltinImporter))
print(importlib.machinery.BuiltinImporter.find_spec('sys'), importlib.machinery.BuiltinImporter.find_spec('json'))
for locations in ([], ['/y'], None):
    print(importlib.util.spec_from_file_location('p', '/x/p.py', submodule_search_locations=locations))
no_location = importlib.util.spec_from_file_location('x', loader=loader)
print(no_location.origin, no_location.has_location)
print(repr(importlib.util.decode_source(b'a\r\nb\rc\n')))
