# pathlib's pure paths: parsing, parts, names and suffixes, joining, relative_to, match, their errors
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePath('a', 'b/c', PurePosixPath('d'))
print(repr(p), str(p), repr(Path('/tmp/x')), repr(PurePosixPath('/x')), repr(PurePath()), repr(Path('')))
print(Path('//a'), Path('///a'), Path('a//b/./c/..'), Path('/a/', 'b/'), Path('a', '/b', 'c'), Path('a', ''))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, Path.__module__)
print('x' / Path('y'), Path('y') / 'x', Path('y') / Path('/z'), Path('/a') / '..' / 'b')
print(type('a' / Path('b')).__name__, type('a' / PurePosixPath('b')).__name__)
for bad in [lambda: Path('a') / 3, lambda: 3 / Path('a'), lambda: Path(3), lambda: Path('a', 3), lambda: Path(b'a'),
            lambda: Path('a') < 'b', lambda: Path('a').relative_to()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

p = Path('/usr/lib/lib.tar.gz')
print(p.parts, repr(p.drive), repr(p.root), p.anchor, p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parents, list(p.parents), p.parents[0], p.parents[-1], len(p.parents), p.parents[1:], p.parents[::-1])
print(p.parents.count(Path('/usr')), p.parents.index(Path('/')), Path('/usr') in p.parents)
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)
print(list(Path('a/b').parents), Path('a').parent, Path('.').parent, Path('/').parent, repr(Path('/').name), repr(Path('.').name))
for name in ['..', '.bashrc', 'a.', 'a..b', 'a.b.', 'x.tar.gz', 'noext', '.a.b']:
    q = Path('dir', name)
    print(repr(name), repr(q.suffix), q.suffixes, repr(q.stem))
print(PurePath('a/b').parts, Path('//x/y').parts, Path('/').parts, Path('').parts, Path('//x').root)

print(Path('a/b.py').with_name('c.txt'), Path('a/b.py').with_suffix('.txt'), Path('a/b.py').with_suffix(''),
      Path('a/b.tar.gz').with_stem('x'), Path('a/b').with_suffix('.c'), Path('a/b.c').with_suffix('.d.e'))
for bad in [lambda: Path('a/b').with_suffix('c'), lambda: Path('a/b').with_suffix('.'), lambda: Path('').with_suffix('.c'),
            lambda: Path('/').with_name('x'), lambda: Path('a').with_name(''), lambda: Path('a').with_name('x/y'),
            lambda: Path('a').with_suffix('/.c'), lambda: Path('a').with_stem(''), lambda: Path('.').with_name('x'),
            lambda: Path('a').with_name('.'), lambda: Path('a').with_suffix('.a/b'), lambda: Path('').with_suffix('c')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)

print(Path('/a/b/c').relative_to('/a'), Path('/a/b').relative_to('/a/b'), Path('a/b').relative_to('a'),
      Path('/a/b').relative_to('/a', 'b'), Path('/a/b').relative_to(Path('/a')), Path('a').relative_to(''))
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a', 'a'), ('/a/b', '/a/b/c'), ('ab', 'a')]:
    try:
        Path(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
print(Path('/a/b').is_relative_to('/a'), Path('/a/b').is_relative_to('/c'), Path('/a').is_absolute(), Path('a').is_absolute())
print(Path('a/b.py').match('*.py'), Path('/a/b.py').match('/*.py'), Path('/a/b.py').match('/a/*.py'),
      Path('a/b/c.py').match('b/*.py'), Path('a/b/c.py').match('a/*.py'), Path('A.PY').match('*.py'),
      Path('a/b').match('a/b/c'), Path('a/[b]').match('a/[[]b]'))
try:
    Path('a').match('')
except ValueError as e:
    print('ValueError', e)
print(Path('/a/b').as_posix(), Path('/a b/c%é').as_uri(), PurePath('/x').is_reserved())
try:
    Path('a').as_uri()
except ValueError as e:
    print('ValueError', e)

print(Path('a') == Path('a'), Path('a') == PurePath('a'), PurePosixPath('a') == Path('a'), Path('a') == 'a', Path('a') != Path('b'),
      hash(Path('a/b')) == hash(PurePosixPath('a', 'b')), Path('a') < Path('b'), Path('/a') < Path('a'), Path('a') >= Path('a'))
print(sorted([Path('b'), Path('/z'), Path('a/b'), Path('a.b'), Path('a')]), len({Path('a'), PurePath('a'), Path('a/.')}))
print(Path('a').joinpath('b', 'c'), Path('a').joinpath(), os.fspath(Path('a/b')), bytes(Path('a')), Path('a/b').__reduce__())
print(repr(Path('a').parents), repr(PurePath('/x/y').parents), Path('a/b').with_name('c').parent)
print(isinstance(Path('a'), os.PathLike), issubclass(PurePath, os.PathLike), os.path.join(Path('a'), Path('b')),
      os.path.basename(Path('/x/y.z')), str(Path('a', Path('/b'), 'c')))
