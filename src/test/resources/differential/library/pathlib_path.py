# pathlib's concrete paths: the file system operations, their errors, glob and rglob
import os
from pathlib import Path, PosixPath, WindowsPath

b = Path('/tmp') / ('gillab-pathlib-%d' % os.getpid())
b.mkdir()


def show(error):
    print(type(error).__name__, error.errno, error.strerror, str(error.filename).replace(str(b), 'BASE'))


for action in [lambda: (b / 'x/y').mkdir(), lambda: b.mkdir(), lambda: (b / 'f').rmdir(), lambda: (b / 'f').unlink(),
               lambda: (b / 'f').read_text(), lambda: (b / 'f').stat(), lambda: list((b / 'nope').iterdir()),
               lambda: (b / 'nope').samefile(b), lambda: (b / 'nope').resolve(strict=True)]:
    try:
        action()
    except OSError as e:
        show(e)
(b / 'x/y').mkdir(parents=True)
(b / 'x/y').mkdir(parents=True, exist_ok=True)
(b / 'x').mkdir(exist_ok=True)
(b / 'f').touch()
(b / 'f').touch()
print((b / 'f').exists(), (b / 'f').is_file(), (b / 'f').is_dir(), (b / 'x').is_dir(), (b / 'f').is_symlink(),
      (b / 'nope').exists(), (b / 'nope').is_file(), (b / 'f/x').exists(), (b / 'f/x').is_dir(), (b / 'f').stat().st_size)
try:
    (b / 'f').touch(exist_ok=False)
except FileExistsError as e:
    show(e)
(b / 'f').unlink()
(b / 'f').unlink(missing_ok=True)
print((b / 't.txt').write_text('hé\nllo'), (b / 't.txt').read_text(), (b / 't.bin').write_bytes(b'\x00\x01'), (b / 't.bin').read_bytes())
for bad in [lambda: (b / 't.txt').write_text(b'x'), lambda: (b / 't.bin').write_bytes('x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(repr((b / 't.txt').rename(b / 'u.txt')).replace(str(b), 'BASE'), (b / 'u.txt').replace(str(b / 'v.txt')) == b / 'v.txt',
      sorted(p.name for p in b.iterdir()), type(b.iterdir()).__name__)
with (b / 'w.txt').open('w') as f:
    f.write('hi')
with (b / 'w.txt').open() as f:
    print(f.read(), (b / 'w.txt').samefile(str(b / 'w.txt')), (b / 'w.txt').samefile(b / 'v.txt'))
for action in [lambda: (b / 'v.txt').mkdir(), lambda: (b / 'v.txt').mkdir(exist_ok=True), lambda: (b / 'v.txt/z').mkdir(parents=True),
               lambda: (b / 'x').unlink(), lambda: (b / 'x').read_text(), lambda: next((b / 'v.txt').iterdir()),
               lambda: (b / 'x').rmdir()]:
    try:
        action()
    except OSError as e:
        show(e)

(b / 'x/y/deep.txt').write_text('deep')
(b / '.hidden').write_text('')
(b / 'link').symlink_to('x')
(b / 'l.txt').symlink_to('w.txt')
print((b / 'l.txt').is_symlink(), (b / 'l.txt').readlink(), (b / 'l.txt').resolve() == b / 'w.txt', (b / 'link').is_dir(),
      (b / 'l.txt').lstat().st_size != (b / 'l.txt').stat().st_size, (b / 'x/../w.txt').resolve() == b / 'w.txt')


def rel(paths):
    return sorted(str(p.relative_to(b)) for p in paths)


print(rel(b.glob('*')), rel(b.glob('*.txt')), rel(b.glob('x/')), rel(b.glob('*/')), rel(b.glob('v.txt/')))
print(rel(b.glob('**')), rel(b.glob('**/')), rel(b.glob('**/*.txt')), rel(b.glob('**/**')))
print(rel(b.rglob('*.txt')), rel(b.rglob('*')), rel(b.glob('*/*')), rel(b.glob('link/**')), rel(b.glob('nope/*')), rel(b.glob('x/..')))
print(rel((b / 'x').glob('../*.bin')), type(b.glob('*')).__name__, sorted(p.name for p in (b / 'x').rglob('*')))
for pattern in ['/x', '', 'a**']:
    try:
        next(b.glob(pattern))
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)

print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x',
      Path('x').absolute() == Path(os.getcwd(), 'x'), Path('/a/../b').absolute(), Path('x/../y').resolve() == Path(os.getcwd(), 'y'),
      Path('.').resolve() == Path.cwd(), Path('a/~').expanduser(), Path('/').is_mount(), b.is_mount(), type(Path.cwd()).__name__)
b.chmod(0o700)
print(oct(b.stat().st_mode & 0o777))
try:
    WindowsPath('a')
except NotImplementedError as e:
    print('NotImplementedError', e)

for dirpath, dirnames, filenames in os.walk(b, topdown=False):
    for name in filenames + dirnames:
        p = Path(dirpath, name)
        if p.is_symlink() or not p.is_dir():
            p.unlink()
        else:
            p.rmdir()
b.rmdir()
print(b.exists())
