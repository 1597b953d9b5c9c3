# fnmatch's translation and matching, glob's walks (hidden names, '**', trailing slashes, root_dir), os.scandir
import fnmatch, glob, os

for pattern in ['*.py', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]', '[', 'a[b', 'x[a-]', '[z-a]', '[!z-a]',
                '[a-c-e]', '[a--c]', '[b-a-c]', '[]-a]', '[^x]', '[[]', '[a&&b]', '[\\]', '*a*b*', '**',
                'a*b*c*d', '*?*', '[z-a!x]', 'a.b+c(d)']:
    print(repr(pattern), repr(fnmatch.translate(pattern)))
names = ['a.py', 'b.txt', 'C.PY', 'x\ny.py', '.py', 'a]', '!', '^', 'abc', 'a-c']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, '[!a]*'), fnmatch.filter(names, '[]!^]'))
print(fnmatch.fnmatch('C.PY', '*.py'), fnmatch.fnmatchcase('a\nb', 'a*b'), fnmatch.fnmatch('abc', 'a[a-c]c'))
try:
    fnmatch.fnmatch(1, 'a')
except TypeError as e:
    print('TypeError', e)

base = os.path.join('/tmp', 'gillab-glob-%d' % os.getpid())
for d in ['a/b/c', '.h/x', 'a/.hid']:
    os.makedirs(os.path.join(base, d))
for f in ['f.py', 'g.txt', '.hidden.py', 'a/x.py', 'a/b/y.py', 'a/b/c/z.py', '.h/x/q.py', 'a/.hid/w.py']:
    with open(os.path.join(base, f), 'w') as out:
        out.write(f)
os.symlink('a', os.path.join(base, 'link'))
os.symlink('nowhere', os.path.join(base, 'dangling'))


def g(pattern, **options):
    return sorted(glob.glob(pattern, root_dir=base, **options))


print(g('*'))
print(g('*', include_hidden=True))
print(g('.*'))
print(g('**', recursive=True))
print(g('**/', recursive=True))
print(g('**/*.py', recursive=True))
print(g('a/**', recursive=True))
print(g('a/**/', recursive=True))
print(g('**/*.py'), g('a**', recursive=True), g('**.py', recursive=True))
print(g('a/*/*.py'), g('*/b'), g('a/'), g('f.py'), g('f.py/'), g('nope'), g('dangling'), g('link/b'), g('*/'))
print(g('?.py'), g('[fg].*'), g('**/.hid/*', recursive=True), g('a/**/**/c', recursive=True))
print(g('**', recursive=True, include_hidden=True))
print([p.replace(base, 'BASE') for p in sorted(glob.glob(os.path.join(base, 'a', '*')))])
print([p.replace(base, 'BASE') for p in sorted(glob.iglob(base + '/**/z.py', recursive=True))])
print(glob.glob(''), glob.escape('a[b]*?.txt'), glob.escape('//?/c:/[x]'), type(glob.iglob('*')).__name__)
print(g(glob.escape('a') + '/*'), sorted(glob.glob('*', root_dir=os.path.join(base, 'a'))))

with os.scandir(base) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(repr(entry), entry.name, entry.path == os.path.join(base, entry.name), entry.is_dir(), entry.is_file(),
              entry.is_symlink(), entry.is_dir(follow_symlinks=False), os.fspath(entry) == entry.path,
              isinstance(entry, os.PathLike), entry.inode() == os.lstat(entry.path).st_ino)
print(entry.stat().st_size, entry.stat(follow_symlinks=False).st_size == os.lstat(entry.path).st_size)
print(type(entry).__name__, os.DirEntry.__module__, issubclass(str, os.PathLike))
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)
try:
    os.scandir(base + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)

for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    for name in dirnames:
        path = os.path.join(dirpath, name)
        if os.path.islink(path):
            os.remove(path)
        else:
            os.rmdir(path)
os.rmdir(base)
print(os.path.exists(base))
