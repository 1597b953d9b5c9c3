"""Operating system interfaces: the GIL Lab model's os module.

Written for the model (not copied) to behave as CPython 3.11's Lib/os.py documents: the posix
module's functions (the model's Java posix), os.path as posixpath, and what os.py adds in Python:
environ and environb as mappings, fsencode and fsdecode, getenv, makedirs, removedirs, walk, and scandir's DirEntry and the PathLike ABC
(in C in CPython, written here over listdir and lstat). The model has no file descriptors of its own:
os.open opens an io.FileIO and its fileno() is the descriptor that read, write, lseek, close and
fdopen take (only descriptors os.open made). os.open of a directory makes a descriptor that chdir and
fchdir take; it keeps the directory's path, so the directory is found by name when it is used.
"""

import abc
import sys
import posix
from _typeobject import set_tp_name as _set_tp_name
from posix import *
from posix import _exit  # not among the names * brings, as in CPython's os.py
import posixpath as path
from _collections_abc import Mapping, MutableMapping
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def fsencode(filename):
    """A path as bytes: str encoded with the file system encoding and its error handler, bytes as is."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
    return filename


def fsdecode(filename):
    """A path as str: bytes decoded with the file system encoding and its error handler, str as is."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
    return filename


def _checked(kind):
    """The check environ (kind str) or environb (kind bytes) makes of a key or value it is given."""
    def check(value):
        if not isinstance(value, kind):
            raise TypeError(f"{kind.__name__} expected, not {type(value).__name__}")
        return value
    return check


class _Environ(MutableMapping):
    """os.environ and os.environb: the environment (posix.environ, str to str, which subprocess
    reads) as a MutableMapping, seen through `encode` (what the caller gives to the stored str) and
    `decode` (the stored str to what the caller sees): str as is for environ, bytes for environb.
    Setting and deleting check names and values as CPython's putenv and unsetenv do."""

    def __init__(self, data, encode, decode):
        self._data, self._encode, self._decode = data, encode, decode

    def __getitem__(self, key):
        try:
            value = self._data[self._encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return self._decode(value)

    def __setitem__(self, key, value):
        key, value = self._encode(key), self._encode(value)
        _check_name(key)
        if '\0' in value:
            raise ValueError("embedded null byte")
        self._data[key] = value

    def __delitem__(self, key):
        stored = self._encode(key)
        _check_name(stored, unsetting=True)
        try:
            del self._data[stored]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # a copy of the names, so the loop's body may change the environment
        for key in list(self._data):
            yield self._decode(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{self._decode(k)!r}: {self._decode(v)!r}' for k, v in self._data.items())
        return f'environ({{{shown}}})'

    def setdefault(self, key, value):
        try:
            return self[key]
        except KeyError:
            self[key] = value
            return value

    # `|` and `|=` as dict has them (PEP 584): a plain dict from `|`, the environment itself changed by `|=`
    def __or__(self, other):
        return _merged(self, other)

    def __ror__(self, other):
        return _merged(other, self)

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        return dict(self)


def _merged(first, second):
    """A dict of first's items updated with second's, or NotImplemented unless both are mappings."""
    if not (isinstance(first, Mapping) and isinstance(second, Mapping)):
        return NotImplemented
    merged = dict(first)
    merged.update(second)
    return merged


def _check_name(name, unsetting=False):
    """The checks of a variable's name that os.putenv and os.unsetenv make: a NUL is a ValueError; an
    empty name is the C library's EINVAL; so is a name with '=' for unsetenv, which putenv rejects
    itself (ValueError) before calling the C library."""
    if '\0' in name:
        raise ValueError("embedded null byte")
    if not name or '=' in name:
        if unsetting or not name:
            raise OSError(22, 'Invalid argument')
        raise ValueError("illegal environment variable name")


_check_str, _check_bytes = _checked(str), _checked(bytes)
environ = _Environ(posix.environ, _check_str, lambda value: value)
environb = _Environ(posix.environ, lambda value: fsdecode(_check_bytes(value)), fsencode)
supports_bytes_environ = True


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes), or default."""
    return environb.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: the directory and every missing parent; an existing one is an error unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made by someone else meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir the directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and each directory below it, top-down unless told otherwise."""
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs = [], []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class PathLike(abc.ABC):
    """An object that has a file system path: whatever its type's __fspath__ returns (PEP 519)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # Any class with an __fspath__ counts, registered or not, as CPython's PathLike does.
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DirEntry:
    """One entry scandir yields: its name, its path (the directory joined with it), and the kind of file it is.

    CPython caches the lstat an entry was listed with; here the first query makes that lstat and
    keeps it, and a followed stat is kept separately (so a dangling symlink is a symlink, not a file).
    """

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name):
        entry = object.__new__(cls)
        entry.name = name
        entry.path = path.join(directory, name)
        entry._lstat = None
        entry._stat = None
        return entry

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            return self._get_lstat()
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode_is(self, test, follow_symlinks):
        # A vanished file or a dangling link is neither a file nor a directory: no error, as CPython.
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        import stat as _stat
        return self._mode_is(_stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        import stat as _stat
        return self._mode_is(_stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        import stat as _stat
        try:
            return _stat.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def inode(self):
        return self._get_lstat().st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """scandir's iterator: DirEntry objects in listdir's order; close() (or leaving a with) ends it early."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry._make(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'
_set_tp_name(_ScandirIterator, 'posix.ScandirIterator')  # C's static type, as messages name it
del _set_tp_name


def scandir(path=None):
    """An iterator of DirEntry objects for the directory's entries (path '.' when None), in no set order."""
    if path is None:
        return _ScandirIterator('.', listdir('.'))
    if not isinstance(path, (str, bytes, int, PathLike)):
        # posix.listdir's refusal would name listdir
        raise TypeError("scandir: path should be string, bytes, os.PathLike, integer or None, not "
                        + type(path).__name__)
    directory = fspath(path)
    return _ScandirIterator(directory, listdir(directory))


# Linux's open(2) flags, for os.open.
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK = 0o100, 0o200, 0o400, 0o1000, 0o2000, 0o4000
O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY = 0o2000000, 0o400000, 0o200000
O_ACCMODE = 3


def _descriptor_file(fd):
    import io
    try:
        return io._descriptor_files[fd]
    except (KeyError, TypeError):
        if type(fd) is int and 0 <= fd <= 2:
            # the standard streams' binary layers: os.write(1, b"...") lands where print() does
            import sys
            return (sys.__stdin__, sys.__stdout__, sys.__stderr__)[fd].buffer
        raise OSError(9, 'Bad file descriptor') from None


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Opens path with open(2) flags and returns the descriptor (the model's FileIO's fileno())."""
    import io
    name = fspath(path)
    access = flags & O_ACCMODE
    if access == O_RDONLY and not flags & O_CREAT and sys.modules['os.path'].isdir(name):
        directory = _Directory(name)
        io._descriptor_files[directory.fileno()] = directory
        return directory.fileno()
    plus = '+' if access == O_RDWR else ''
    if flags & O_CREAT and flags & O_EXCL:
        kind = 'x'
    elif flags & O_APPEND:
        kind = 'a'
    elif flags & O_TRUNC and access != O_RDONLY:
        kind = 'w'
    elif access == O_RDONLY:
        kind = 'r'
    else:
        # write without truncating: make the file if O_CREAT allows, then open it for update
        if flags & O_CREAT and not sys.modules['os.path'].exists(name):
            io.FileIO(name, 'x').close()
            _narrow_mode(name, mode)
        kind, plus = 'r', '+'
    if kind == 'x':
        # made exclusively, then opened for update: a raw file of mode 'rb+' as CPython's open(fd) has
        io.FileIO(name, 'x').close()
        _narrow_mode(name, mode)
        kind, plus = 'r', '+'
    elif kind == 'w' and access == O_RDONLY:
        plus = '+'
    raw = io.FileIO(name, kind + plus)
    io._descriptor_files[raw.fileno()] = raw
    return raw.fileno()


class _Directory:
    """A descriptor os.open made of a directory: what chdir and fchdir take; reading it fails as read(2) does."""

    def __init__(self, name):
        # the absolute path now, so that a chdir between open and fchdir does not change the directory
        self.directory = sys.modules['os.path'].realpath(name)
        self._fd = posix._new_descriptor()

    def fileno(self):
        return self._fd

    def read(self, n):
        raise IsADirectoryError(21, 'Is a directory')

    def write(self, data):
        raise OSError(9, 'Bad file descriptor')

    def seek(self, position, how):
        # lseek(2) of a directory moves in its listing, which no read here reaches: always at 0
        return 0

    def close(self):
        pass


def _directory_of(fd, *filename):
    # the directory fd was opened on; errors name filename, as os.chdir(fd) names the number
    import io
    opened = io._descriptor_files.get(fd)
    if isinstance(opened, _Directory):
        return opened.directory
    if opened is None and not 0 <= fd <= 2:
        raise OSError(9, 'Bad file descriptor', *filename)
    raise NotADirectoryError(20, 'Not a directory', *filename)


# the default of an argument with none, so that leaving it out says what CPython's argument clinic says
_REQUIRED = object()


def _missing(function, argument):
    return TypeError(f"{function}() missing required argument '{argument}' (pos 1)")


def chdir(path=_REQUIRED):
    """Change the current working directory to the specified path (str, bytes, os.PathLike or a descriptor)."""
    if path is _REQUIRED:
        raise _missing('chdir', 'path')
    posix.chdir(_directory_of(path, path) if isinstance(path, int) else path)


def fchdir(fd=_REQUIRED):
    """Change to the directory of the given file descriptor (an int, or an object's fileno())."""
    if fd is _REQUIRED:
        raise _missing('fchdir', 'fd')
    if not isinstance(fd, int):
        if not hasattr(fd, 'fileno'):
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = fd.fileno()
    posix.chdir(_directory_of(fd))


def _narrow_mode(name, mode):
    # A new file gets 0o666 less the umask; mode then takes away what it does not allow (its execute
    # bits cannot be added this way, where CPython's open(2) would give them).
    chmod(name, stat(name).st_mode & mode & 0o777)


def close(fd):
    import io
    _descriptor_file(fd)
    io._descriptor_files.pop(fd).close()


def read(fd, n):
    return _descriptor_file(fd).read(n)


def write(fd, data):
    return _descriptor_file(fd).write(data)


def lseek(fd, position, how):
    return _descriptor_file(fd).seek(position, how)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """open(fd, ...) for a descriptor os.open made."""
    import io
    _descriptor_file(fd)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
