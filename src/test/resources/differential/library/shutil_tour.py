# shutil: copying files and trees, rmtree, move and which, with their errors
import os, shutil, tempfile

with tempfile.TemporaryDirectory() as base:
    def at(*names):
        return os.path.join(base, *names)

    def rel(text):
        return str(text).replace(base, 'BASE')

    os.makedirs(at('d', 'e'))
    with open(at('f'), 'w') as out:
        out.write('hi\n')
    with open(at('d', 'e', 'g'), 'w') as out:
        out.write('x')
    os.chmod(at('f'), 0o640)
    for action in [lambda: shutil.copyfile(at('f'), at('f')), lambda: shutil.copyfile(at('nope'), at('x')),
                   lambda: shutil.copyfile(at('f'), at('d')), lambda: shutil.rmtree(at('f')), lambda: shutil.rmtree(at('nope')),
                   lambda: shutil.copytree(at('d'), at('d')), lambda: shutil.copy(at('d'), at('x')),
                   lambda: shutil.move(at('nope'), at('x')), lambda: shutil.copytree(at('f'), at('q'))]:
        try:
            action()
        except OSError as e:
            print(type(e).__name__, rel(e))
    print(rel(shutil.copy(at('f'), at('d'))), rel(shutil.copy2(at('f'), at('f2'))), rel(shutil.copyfile(at('f'), at('f3'))))
    print(oct(os.stat(at('d', 'f')).st_mode & 0o777), oct(os.stat(at('f2')).st_mode & 0o777),
          os.stat(at('f2')).st_mtime_ns == os.stat(at('f')).st_mtime_ns, open(at('f3')).read() == 'hi\n')
    print(rel(shutil.copytree(at('d'), at('d2'))), sorted(os.listdir(at('d2'))), rel(shutil.move(at('f3'), at('d2'))),
          rel(shutil.move(at('f2'), at('f4'))), sorted(os.listdir(base)))
    print(rel(shutil.copytree(at('d'), at('d2'), dirs_exist_ok=True)),
          rel(shutil.copytree(at('d'), at('d3'), ignore=shutil.ignore_patterns('g', '*.py'))), os.listdir(at('d3', 'e')))
    os.mkdir(at('m'))
    open(at('m', 'f'), 'w').close()
    try:
        shutil.move(at('f'), at('m'))
    except shutil.Error as e:
        print('Error', rel(e))
    print(rel(shutil.move(at('d3'), at('m'))), sorted(os.listdir(at('m'))))
    with open(at('f'), 'rb') as src, open(at('copy'), 'wb') as dst:
        shutil.copyfileobj(src, dst, 2)
    print(open(at('copy')).read() == 'hi\n')
    shutil.rmtree(at('d2'))
    shutil.rmtree(at('nope'), ignore_errors=True)
    calls = []
    shutil.rmtree(at('nope'), onerror=lambda function, path, info: calls.append((function.__name__, rel(path), info[0].__name__)))
    print(calls, sorted(os.listdir(base)))
    print(shutil.which('sh') is not None, shutil.which('nonexistent-cmd'), shutil.which('/bin/sh'), shutil.which('f'),
          shutil.which('sh', path=''), rel(shutil.which('f', path=base, mode=os.F_OK)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), os.path.exists(base))
