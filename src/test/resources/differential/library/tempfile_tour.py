# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp and mkdtemp (names, modes, cleanup), os.open's descriptors
import os, tempfile, shutil
print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX)
d = tempfile.TemporaryDirectory(); print(repr(d)[:22], type(d.name), os.path.isdir(d.name))
d.cleanup(); print(os.path.exists(d.name))
f = tempfile.NamedTemporaryFile(); print(repr(f)[:35], f.mode, type(f.file).__name__, f.delete, f.name.startswith('/tmp/tmp'))
f.write(b'abc'); f.seek(0); print(f.read())
f.close(); print(os.path.exists(f.name), f.closed)
t = tempfile.TemporaryFile(); print(type(t).__name__, t.mode, t.write(b'xy'), t.seek(0), t.read()); t.close()
with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='pre') as f:
    print(type(f.file).__name__, f.mode, f.write('x'), os.path.basename(f.name)[:3], f.name.endswith('.txt'), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.NamedTemporaryFile(delete=False) as f:
    f.write(b'kept')
print(open(f.name, 'rb').read()); os.unlink(f.name)
fd, p = tempfile.mkstemp(suffix='.s'); print(type(fd), os.write(fd, b'abc'), os.lseek(fd, 0, 0), os.read(fd, 10), oct(os.stat(p).st_mode & 0o777)); os.close(fd)
try: os.write(fd, b'x')
except OSError as e: print(repr(e))
fd, p2 = tempfile.mkstemp()
with os.fdopen(fd, 'w') as fo: fo.write('via fdopen')
print(open(p2).read()); os.unlink(p); os.unlink(p2)
with tempfile.TemporaryDirectory() as dn:
    os.makedirs(os.path.join(dn, 'a/b')); open(os.path.join(dn, 'a/b/c'), 'w').close()
    m = tempfile.mkdtemp(dir=dn); print(os.path.dirname(m) == dn, oct(os.stat(m).st_mode & 0o777), len(os.path.basename(m)))
print(os.path.exists(dn))
for i in range(3):
    with tempfile.TemporaryDirectory(prefix='x', suffix='y') as dn:
        b = os.path.basename(dn); print(b[0], b[-1], len(b))
