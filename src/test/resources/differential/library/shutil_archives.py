# shutil: make_archive and unpack_archive in zip format, their registries and errors, disk_usage and os.statvfs
import logging
import os
import shutil
import tempfile
import zipfile


class RelativeHandler(logging.Handler):
    def emit(self, record):
        print(record.levelname, rel(record.getMessage()))


log = logging.getLogger('archive')
log.setLevel(logging.DEBUG)
log.addHandler(RelativeHandler())
home = os.getcwd()

with tempfile.TemporaryDirectory() as base:
    def rel(text):
        return str(text).replace(base, 'BASE')

    os.chdir(base)

    def listing(archive):
        with zipfile.ZipFile(archive) as z:
            return [(i.filename, i.compress_type, i.is_dir()) for i in z.infolist()]

    def tree(top):
        return [(rel(d), sorted(dirs), sorted(files)) for d, dirs, files in sorted(os.walk(top))]

    root = os.path.join(base, 'root')
    for directory in ('zz', 'aa/deep', 'mm'):
        os.makedirs(os.path.join(root, directory))
    for name in ('top.txt', 'aa/in-aa.txt', 'aa/deep/in-deep.txt', 'zz/in-zz.txt'):
        with open(os.path.join(root, name), 'w') as out:
            out.write(name * 20)

    print(rel(shutil.make_archive(os.path.join(base, 'whole'), 'zip', root)))
    print(listing(os.path.join(base, 'whole.zip')))
    print(rel(shutil.make_archive(os.path.join(base, 'out', 'part'), 'zip', root, 'aa', logger=log)))
    print(listing(os.path.join(base, 'out', 'part.zip')))
    print(rel(shutil.make_archive(os.path.join(base, 'dry'), 'zip', root, dry_run=True, logger=log)),
          os.path.exists(os.path.join(base, 'dry.zip')))

    print(shutil.unpack_archive(os.path.join(base, 'out', 'part.zip'), os.path.join(base, 'x1')))
    print(tree(os.path.join(base, 'x1')))
    with zipfile.ZipFile(os.path.join(base, 'tricky.zip'), 'w') as z:
        for name in ('../evil.txt', '/abs.txt', 'a..b.txt', 'ok/', 'ok/f.txt'):
            z.writestr(name, 'data')
    shutil.unpack_archive(os.path.join(base, 'tricky.zip'), os.path.join(base, 'x2'), 'zip')
    print(tree(os.path.join(base, 'x2')), os.path.exists(os.path.join(base, 'evil.txt')))

    def make_listing(base_name, base_dir, **keywords):
        print('make_listing', rel(base_name), base_dir, sorted(keywords), rel(os.getcwd()))
        return base_name + '.lst'

    def unpack_listing(filename, extract_dir, **keywords):
        print('unpack_listing', rel(filename), rel(extract_dir), keywords)

    shutil.register_archive_format('lst', make_listing, [('extra', 1)], 'a listing')
    shutil.register_unpack_format('lst', ['.lst', '.ls2'], unpack_listing, [('flag', True)], 'a listing')
    print([f for f in shutil.get_archive_formats() if f[0] == 'lst'], [f for f in shutil.get_unpack_formats() if f[0] == 'lst'])
    print(rel(shutil.make_archive(os.path.join(base, 'l'), 'lst', root, logger=log)), rel(os.getcwd()) != 'BASE/root')
    shutil.unpack_archive(os.path.join(base, 'l.ls2'), base)
    shutil.unregister_archive_format('lst')
    shutil.unregister_unpack_format('lst')

    attempts = [
        lambda: shutil.make_archive('x', 'rar', root),
        lambda: shutil.make_archive('x', 'zip', os.path.join(base, 'missing')),
        lambda: shutil.make_archive('x', 'zip', os.path.join(root, 'top.txt')),
        lambda: shutil.unpack_archive(os.path.join(base, 'whole.zip'), base, 'rar'),
        lambda: shutil.unpack_archive(os.path.join(base, 'archive.rar'), base),
        lambda: shutil.unpack_archive(os.path.join(root, 'top.txt'), base, 'zip'),
        lambda: shutil.unpack_archive(os.path.join(base, 'whole.zip'), base, filter='data'),
        lambda: shutil.unregister_archive_format('lst'),
        lambda: shutil.register_archive_format('bad', 1),
        lambda: shutil.register_archive_format('bad', make_listing, 5),
        lambda: shutil.register_archive_format('bad', make_listing, [('a',)]),
        lambda: shutil.register_unpack_format('bad', ['.zip'], unpack_listing),
        lambda: shutil.register_unpack_format('bad', ['.bad'], 5),
    ]
    for attempt in attempts:
        try:
            attempt()
        except Exception as e:
            print(type(e).__name__, rel(e))
    print(issubclass(shutil.ReadError, OSError), shutil.RegistryError.__bases__)

    usage = shutil.disk_usage(base)
    print(type(usage).__name__, usage._fields, usage.total >= usage.used > 0, usage.total >= usage.free)
    st = os.statvfs(base)
    print(type(st).__name__, len(st), st.n_sequence_fields, st.n_fields, st.f_bsize > 0, st.f_fsid == st.f_fsid)
    print(repr(st).startswith('os.statvfs_result(f_bsize='), usage.total == st.f_blocks * st.f_frsize)
    try:
        os.statvfs('missing')
    except OSError as e:
        print(type(e).__name__, e)
    os.chdir(home)
