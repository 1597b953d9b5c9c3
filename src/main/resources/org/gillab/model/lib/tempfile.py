"""Temporary files and directories: the GIL Lab model's tempfile.

Written for the model (not copied) to behave as CPython 3.11's Lib/tempfile.py documents: names are a
prefix ('tmp'), eight random characters and a suffix, in gettempdir() (TMPDIR, TEMP or TMP if set and
writable, else /tmp, /var/tmp, /usr/tmp, the working directory); files are made exclusively with
mode 0o600 and directories with 0o700. Descriptors are the model's (see os.open). Left out here:
the bytes variants (gettempdirb, gettempprefixb); TemporaryFile's file keeps
its (already removed) path as its name, where CPython's Linux one has its descriptor.
"""

import errno as _errno
import io as _io
import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 238328          # 62 ** 3, os.TMP_MAX on Linux: how many names to try before giving up
template = "tmp"
tempdir = None            # set it to choose the directory; gettempdir() fills it in otherwise

_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_chooser = None


def _random_name():
    # One generator per process, seeded from the OS, so that names do not follow random.seed().
    global _chooser
    if _chooser is None:
        _chooser = _random.Random()
    return ''.join(_chooser.choice(_NAME_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def _candidate_directories():
    for variable in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(variable)
        if value:
            yield value
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def _usable(directory):
    # CPython proves a directory by writing a file into it; a writable directory is enough here.
    return _os.path.isdir(directory) and _os.access(directory, _os.W_OK | _os.X_OK)


def gettempdir():
    """The directory temporary files go in by default (tempdir, once found)."""
    global tempdir
    if tempdir is None:
        for candidate in _candidate_directories():
            if _usable(candidate):
                tempdir = _os.path.abspath(candidate)
                break
        else:
            raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s"
                                    % list(_candidate_directories()))
    return tempdir


def _parts(suffix, prefix, dir):
    """The suffix, prefix and directory a name is made of, defaults filled in."""
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    else:
        dir = _os.fspath(dir)
    return suffix, prefix, dir


def _fresh_names(suffix, prefix, dir):
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)


def _exhausted():
    return FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file that no one else can have made; returns (descriptor, absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for name in _fresh_names(suffix, prefix, dir):
        try:
            fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(name)
    raise _exhausted()


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory that only its owner may use; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for name in _fresh_names(suffix, prefix, dir):
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)
    raise _exhausted()


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (unsafe: another may take it before you do; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for name in _fresh_names(suffix, prefix, dir):
        if not _os.path.lexists(name):
            return name
    raise _exhausted()


class _TemporaryFileWrapper:
    """NamedTemporaryFile's object: the open file (its methods and attributes reachable here) and its
    name; closing it, or leaving its with block, removes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        # only reached for what the wrapper itself lacks: read, write, seek, mode, closed...
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __del__(self):
        # a wrapper dropped without close() still closes its file and removes it, as CPython's does
        if '_removed' in self.__dict__:
            self.close()


def _open_descriptor(fd, mode, buffering, encoding, newline, errors):
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new temporary file with a name in the file system (.name), removed on close when delete is true."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _open_descriptor(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new temporary file that is already gone from its directory: it vanishes when it is closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
    except BaseException:
        _os.close(fd)
        raise
    return _open_descriptor(fd, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (a BytesIO, or a TextIOWrapper over one) until it grows past
    max_size, is truncated past it, or someone needs its descriptor: then rollover() moves what it holds,
    and the position, into a TemporaryFile made with the arguments given here."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors, newline=newline)
        self._max_size = max_size
        self._file_arguments = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                                    encoding=encoding, newline=newline, dir=dir, errors=errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._file_arguments)
        position = memory.tell()
        if 'b' in self._file_arguments['mode']:
            disk.write(memory.getvalue())
        else:
            # the encoded bytes as they are, so newline translation is not applied twice
            disk.buffer.write(memory.detach().getvalue())
        disk.seek(position)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        # closed when dropped (CPython also warns, a ResourceWarning its default filters ignore)
        if not self.closed:
            self.close()

    def close(self):
        self._file.close()

    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    errors = property(lambda self: self._file.errors)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        # the in-memory file has none: the mode the file on disk would get
        try:
            return self._file.mode
        except AttributeError:
            return self._file_arguments['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        return self._spilling(self._file.write, s)

    def writelines(self, lines):
        return self._spilling(self._file.writelines, lines)

    def _spilling(self, write, data):
        """write(data), then to disk if that took the file past max_size (0: no limit)."""
        written = write(data)
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()
        return written


def _passed_to_file(name):
    """A SpooledTemporaryFile method that is the same method of the file it holds, whichever that is now."""
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'SpooledTemporaryFile.' + name
    return method


for _name in ('detach', 'flush', 'isatty', 'read', 'read1', 'readinto', 'readinto1', 'readline', 'readlines',
              'readable', 'seekable', 'writable', 'seek', 'tell'):
    setattr(SpooledTemporaryFile, _name, _passed_to_file(_name))
del _name


class TemporaryDirectory:
    """A new temporary directory (.name) removed with everything in it by cleanup(), at the end of a
    with block (which gives the name), or when the object is dropped."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._cleaned:
            return
        self._cleaned = True
        if _os.path.lexists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self.__dict__.get('_cleaned', True):
            self.cleanup()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
