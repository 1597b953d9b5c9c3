"""Interpreting os.stat() results: the GIL Lab model's stat module.

Written for the model (not copied) after CPython 3.11's Lib/stat.py: the file type bits of st_mode,
the S_IS* tests and the permission bits.
"""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

_S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000

S_ISUID, S_ISGID, S_ISVTX = 0o4000, 0o2000, 0o1000
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001


def S_IMODE(mode):
    """The permission bits of a mode (what chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & _S_IFMT


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


_TYPE_CHARS = [(S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
               (S_IFCHR, 'c'), (S_IFIFO, 'p')]


def filemode(mode):
    """'-rw-r--r--': a mode as ls -l shows it."""
    kind = '?'
    for bits, char in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            kind = char
            break
    perms = ''
    for who, (r, w, x, special, special_char) in enumerate([
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's'),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's'),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't')]):
        perms += 'r' if mode & r else '-'
        perms += 'w' if mode & w else '-'
        if mode & special:
            perms += special_char if mode & x else special_char.upper()
        else:
            perms += 'x' if mode & x else '-'
    return kind + perms
