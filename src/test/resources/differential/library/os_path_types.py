# os: a path argument of the wrong type names the function, the argument and what it accepts
import os
import pathlib
import tempfile

calls = [('stat', (None,)), ('lstat', ([],)), ('statvfs', (3.5,)), ('chmod', (3.5, 0o644)), ('utime', (None,)),
         ('rename', (3.5, 'x')), ('rename', ('x', None)), ('replace', (None, 'x')), ('symlink', (1.5, 'x')),
         ('symlink', ('x', 2.5)), ('access', (3.5, os.F_OK)), ('scandir', (3.5,)), ('listdir', (3.5,)),
         ('rmdir', (3.5,)), ('readlink', (None,)), ('unlink', (3.5,)), ('remove', ({},)), ('mkdir', (3.5,)),
         ('makedirs', (None,)), ('fspath', (None,))]
for name, arguments in calls:
    try:
        getattr(os, name)(*arguments)
    except TypeError as e:
        print(name, e)

# path-like objects still go through
with tempfile.TemporaryDirectory() as base:
    target = pathlib.Path(base, 'd')
    os.mkdir(target)
    print(os.listdir(base), os.stat(target).st_size >= 0, os.access(target, os.F_OK))
    os.rmdir(target)
    print(os.listdir(base))
