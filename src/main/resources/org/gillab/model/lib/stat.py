"""Interpreting os.stat() results: the GIL Lab model's stat module.

Written for the model (not copied) to behave as CPython 3.11's stat module does on Linux, where
the C module _stat replaces the functions of Lib/stat.py: the indices into a stat tuple, the file
type and permission bits of st_mode, the S_IS* tests, S_IMODE, S_IFMT and filemode, and the BSD
(st_flags) and Windows (st_file_attributes) constants. Like _stat's functions, these accept only
an int that fits a C mode_t, and raise its errors otherwise.
"""

# Positions of the fields in the tuple form of os.stat()'s result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME,
 ST_CTIME) = range(10)

# -- file types (the top bits of st_mode) ----------------------------------------------------------

S_IFSOCK = 0xC000
S_IFLNK = 0xA000
S_IFREG = 0x8000
S_IFBLK = 0x6000
S_IFDIR = 0x4000
S_IFCHR = 0x2000
S_IFIFO = 0x1000
# Solaris doors, event ports and BSD whiteouts: no such files on Linux, so no bits.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

_TYPE_MASK = 0xF000  # what S_IFMT() keeps
_PERMISSION_MASK = 0xFFF  # what S_IMODE() keeps

# -- permission bits ------------------------------------------------------------------------------

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID  # System V file locking shares the set-group-ID bit

S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
# The old Unix V7 names for the owner's bits.
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# -- st_flags (BSD, macOS) ------------------------------------------------------------------------

UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# -- st_file_attributes (Windows) -----------------------------------------------------------------

FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def _checked(mode):
    # _stat converts its argument to a C mode_t (32 bits unsigned): an int only (no __index__),
    # with the errors of that conversion.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >> 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode >> 32:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode, /):
    """The permission bits of mode (with set-ID and sticky bits): what os.chmod() sets."""
    return _checked(mode) & _PERMISSION_MASK


def S_IFMT(mode, /):
    """The file type bits of mode, comparable with the S_IF* constants."""
    return _checked(mode) & _TYPE_MASK


def _type_test(kind, what):
    # One S_IS* function: whether the type bits of a mode are exactly `kind`.
    def test(mode, /):
        bits = _checked(mode) & _TYPE_MASK
        return kind != 0 and bits == kind
    test.__doc__ = "S_IS%s(mode) -> bool\n\nWhether mode is the mode of %s." % (what[0], what[1])
    return test


S_ISDIR = _type_test(S_IFDIR, ("DIR", "a directory"))
S_ISCHR = _type_test(S_IFCHR, ("CHR", "a character special device file"))
S_ISBLK = _type_test(S_IFBLK, ("BLK", "a block special device file"))
S_ISREG = _type_test(S_IFREG, ("REG", "a regular file"))
S_ISFIFO = _type_test(S_IFIFO, ("FIFO", "a FIFO (named pipe)"))
S_ISLNK = _type_test(S_IFLNK, ("LNK", "a symbolic link"))
S_ISSOCK = _type_test(S_IFSOCK, ("SOCK", "a socket"))
# Always False on Linux (their type bits are 0), as in _stat.
S_ISDOOR = _type_test(S_IFDOOR, ("DOOR", "a door"))
S_ISPORT = _type_test(S_IFPORT, ("PORT", "an event port"))
S_ISWHT = _type_test(S_IFWHT, ("WHT", "a whiteout"))

for _test in (S_ISDIR, S_ISCHR, S_ISBLK, S_ISREG, S_ISFIFO, S_ISLNK, S_ISSOCK, S_ISDOOR, S_ISPORT, S_ISWHT):
    _test.__name__ = _test.__qualname__ = _test.__doc__.split('(')[0]
del _test

# filemode's first letter; any other combination of type bits prints '?', as _stat's does.
_KIND_LETTER = {S_IFSOCK: 's', S_IFLNK: 'l', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd',
                S_IFCHR: 'c', S_IFIFO: 'p'}

# (read bit, write bit, execute bit, special bit, letter for special+x, letter for special alone)
_TRIADS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S'),
           (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S'),
           (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))


def filemode(mode, /):
    """The ls -l style text of a mode: a type letter and three rwx triads, e.g. 'drwxr-xr-x'."""
    mode = _checked(mode)
    letters = [_KIND_LETTER.get(mode & _TYPE_MASK, '?')]
    for read, write, execute, special, with_x, without_x in _TRIADS:
        letters.append('r' if mode & read else '-')
        letters.append('w' if mode & write else '-')
        if mode & special:
            letters.append(with_x if mode & execute else without_x)
        else:
            letters.append('x' if mode & execute else '-')
    return ''.join(letters)
