# stat: the constants, S_IMODE/S_IFMT, every S_IS* test and filemode over each file type and the
# set-ID/sticky bits, the mode_t range errors, and real modes from os.stat, as CPython's (Linux).
import os
import stat

names = sorted(n for n in dir(stat) if n[0] != "_" and n.isupper() and isinstance(getattr(stat, n), int))
print(len(names), [(n, getattr(stat, n)) for n in names])
tests = [n for n in sorted(dir(stat)) if n.startswith("S_IS") and callable(getattr(stat, n))]
print(tests)

kinds = [0, stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK,
         0o170000, 0o130000, 0o050000]
perms = [0, 0o644, 0o755, 0o4755, 0o2755, 0o1777, 0o4644, 0o2644, 0o1666, 0o7777, 0o7000]
for kind in kinds:
    for perm in perms:
        mode = kind | perm
        hits = [n for n in tests if getattr(stat, n)(mode)]
        print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), hits)

for value in (True, 2 ** 32 - 1, 2 ** 32, 2 ** 40, 2 ** 64 - 1, 2 ** 64, -1, -2 ** 70, "x", 1.5, None):
    for fn in (stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.S_ISDOOR):
        try:
            print(repr(value), repr(fn(value)))
        except (TypeError, OverflowError) as e:
            print(repr(value), type(e).__name__, e)

here = os.path.dirname(os.path.abspath(__file__))
st = os.stat(here)
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], st[stat.ST_MODE] == st.st_mode)
st = os.stat(os.path.abspath(__file__))
print(stat.S_ISREG(st[stat.ST_MODE]), stat.filemode(st.st_mode)[:1], st[stat.ST_SIZE] == st.st_size)
from stat import *
print(S_IRWXU | S_IRWXG | S_IRWXO, S_IREAD == S_IRUSR, S_ENFMT == S_ISGID, SF_SNAPSHOT, UF_HIDDEN)
