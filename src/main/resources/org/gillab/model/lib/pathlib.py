"""Object-oriented file system paths: the GIL Lab model's pathlib.

Written for the model (not copied) to behave as CPython 3.11's Lib/pathlib.py documents, for POSIX
paths only: PurePath and PurePosixPath do path arithmetic without touching the file system, Path and
PosixPath add the file system operations (over os, os.path and io). Windows flavours are absent
(WindowsPath refuses to be made, as it does on a POSIX CPython), and so are owner() and group().

A path is kept as its root ('', '/' or, as POSIX allows, '//') and a tuple of names: parsing drops
empty and '.' names but keeps '..', since a symlink may stand before it.
"""

import fnmatch
import io
import os
import posixpath
import re
import stat as _stat
from collections.abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# What a missing or unreachable file raises from stat: exists(), is_dir()... answer False for these
# (ENOENT, ENOTDIR, EBADF, ELOOP) and let any other error through, as CPython's do.
_NOT_THERE = (2, 20, 9, 40)

_WILDCARD = re.compile('[*?[]')


def _split_root(text):
    """(root, names) of one path string."""
    if text.startswith('//') and not text.startswith('///'):
        root = '//'
    elif text.startswith('/'):
        root = '/'
    else:
        root = ''
    names = [name for name in text.split('/') if name and name != '.']
    return root, names


def _segment_text(segment):
    if isinstance(segment, PurePath):
        return None
    text = segment if isinstance(segment, bytes) else os.fspath(segment)
    if not isinstance(text, str):
        raise TypeError("argument should be a str object or an os.PathLike object returning str, "
                        "not %r" % type(text))
    return text


def _parse(segments):
    """(root, names) of the path several segments make: a later absolute one starts afresh."""
    root, names = '', []
    for segment in segments:
        text = _segment_text(segment)
        if text is None:
            seg_root, seg_names = segment._root, list(segment._names)
        else:
            seg_root, seg_names = _split_root(text)
        if seg_root:
            root, names = seg_root, seg_names
        else:
            names.extend(seg_names)
    return root, tuple(names)


class _Parents(Sequence):
    """path.parents: the logical ancestors, nearest first, as an immutable sequence."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        path = self._path
        return path._with_parsed(path._root, path._names[:self._count - index - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path as text arithmetic: parts, names, suffixes, joining, never the file system."""

    # CPython's paths have __slots__; these do not, as the model refuses a class whose two bases
    # both inherit one slot lay-out (PosixPath(Path, PurePosixPath)), which CPython allows.

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_segments(args)

    @classmethod
    def _from_segments(cls, segments):
        root, names = _parse(segments)
        return cls._from_root_names(root, names)

    @classmethod
    def _from_root_names(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        self._text = None
        self._hash = None
        return self

    def _with_parsed(self, root, names):
        return type(self)._from_root_names(root, tuple(names))

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # -- text forms

    def __str__(self):
        if self._text is None:
            self._text = (self._root + '/'.join(self._names)) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes (which it already has on POSIX)."""
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI, its bytes percent-encoded as urllib.parse.quote_from_bytes does."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _percent_encode(str(self).encode('utf-8'))

    # -- comparison: paths of the same flavour compare by their parts

    def _key(self):
        return (self._root,) + self._names if self._root else self._names

    def _comparable(self, other):
        return isinstance(other, PurePath) and other._flavour is self._flavour

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    # -- components

    @property
    def parts(self):
        """The anchor (if any) followed by each name."""
        return self._key()

    @property
    def drive(self):
        """Always '' on POSIX."""
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self.drive + self._root

    @property
    def name(self):
        """The final name, '' when there is none."""
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        """The final name's last extension ('.gz'); a leading or trailing dot starts none."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """Every extension of the final name, in order (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + piece for piece in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final name without its suffix."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        """The logical parent: the path without its final name (itself when it has none)."""
        if not self._names:
            return self
        return self._with_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # -- making other paths

    def joinpath(self, *args):
        """This path with each argument joined on in turn (an absolute one replaces what came before)."""
        return type(self)._from_segments((self,) + args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_segments((key, self))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """This path with its final name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, names = _split_root(name)
        if not name or name.endswith('/') or root or names != [name]:
            raise ValueError("Invalid name %r" % (name))
        return self._with_parsed(self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        """This path with its final name's stem replaced, its suffix kept."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced ('' removes it); the suffix must start with a dot."""
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._with_parsed(self._root, self._names[:-1] + (base + suffix,))

    def relative_to(self, *other):
        """This path as relative to other; ValueError unless other is an ancestor (or itself)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._from_segments(other)
        if base._root != self._root or self._names[:len(base._names)] != base._names:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other "
                             "is absolute.".format(str(self), str(base)))
        return self._with_parsed('', self._names[len(base._names):])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        """No POSIX path is reserved."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared name by name from the right;
        an absolute pattern must match the whole path."""
        pattern = type(self)._from_segments((path_pattern,))
        if not pattern._key():
            raise ValueError("empty pattern")
        mine = self._key()
        theirs = pattern._key()
        if pattern._root:
            if len(mine) != len(theirs):
                return False
        elif len(theirs) > len(mine):
            return False
        for part, pat in zip(reversed(mine), reversed(theirs)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path of POSIX's flavour."""
    _flavour = posixpath



class PureWindowsPath(PurePath):
    """Windows paths are not modelled: making one is refused."""
    _flavour = None

    def __new__(cls, *args):
        raise NotImplementedError("the model has no Windows paths (PureWindowsPath)")


def _percent_encode(data):
    # quote_from_bytes(..., safe='/'): letters, digits, '_.-~' and '/' stay; every other byte is %XX.
    keep = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
    return ''.join(chr(byte) if byte in keep else '%%%02X' % byte for byte in data)


class Path(PurePath):
    """A path with file system operations; Path() makes a PosixPath here."""


    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls._flavour is not posixpath:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._from_segments(args)

    def _child(self, name):
        return self._with_parsed(self._root, self._names + (name,))

    # -- where

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory, as os.path.expanduser('~') finds it."""
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute against the working directory, without normalizing it."""
        if self.is_absolute():
            return self
        return type(self)._from_segments((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved; strict: the file must exist."""
        if strict:
            os.stat(self)
        return type(self)(os.path.realpath(self))

    def expanduser(self):
        """A leading '~' or '~user' replaced by that home directory."""
        if not self._root and self._names and self._names[0].startswith('~'):
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)._from_segments((home,) + self._names[1:])
        return self

    def readlink(self):
        """The path a symbolic link points to."""
        return type(self)(os.readlink(self))

    # -- what is there

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        """The file's st_mode, or None when nothing is there."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as error:
            if error.errno not in _NOT_THERE:
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def _mode_is(self, test, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._mode_is(_stat.S_ISDIR)

    def is_file(self):
        return self._mode_is(_stat.S_ISREG)

    def is_symlink(self):
        return self._mode_is(_stat.S_ISLNK, follow_symlinks=False)

    def is_socket(self):
        return self._mode_is(_stat.S_ISSOCK)

    def is_fifo(self):
        return self._mode_is(_stat.S_ISFIFO)

    def is_block_device(self):
        return self._mode_is(_stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_is(_stat.S_ISCHR)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path (a path or a str) is the same file as this one."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = os.stat(other_path)
        return os.path.samestat(mine, theirs)

    # -- directories

    def iterdir(self):
        """The directory's entries as paths (not '.' or '..'), in no particular order."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The paths under this one matching the relative pattern; '**' is this directory and every
        one below it (symlinks to directories are not entered), and a trailing '/' matches only directories."""
        yield from _Glob(self, pattern).paths()

    def rglob(self, pattern):
        """glob('**/' + pattern): matches at any depth."""
        yield from _Glob(self, pattern, recursive_prefix=True).paths()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Makes the directory; parents: the missing ancestors too; exist_ok: an existing directory is fine."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # -- files

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or (exist_ok) updates an existing one's modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        with io.open(self, 'ab' if exist_ok else 'xb'):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Moves the file to target and returns target as a path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Moves the file to target, replacing what is there, and returns target as a path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Writes data (a str) and returns the number of characters written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Writes data (bytes-like) and returns the number of bytes written."""
        # a view first, as CPython's does: what is not bytes-like fails before the file is opened
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""


class WindowsPath(Path, PureWindowsPath):
    """Cannot be made on POSIX."""


class _Glob:
    """One Path.glob: the pattern as names, matched against the tree one name at a time."""

    def __init__(self, start, pattern, recursive_prefix=False):
        parsed = PurePosixPath(pattern)
        if parsed._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        names = parsed._names
        if recursive_prefix:
            names = ('**',) + names
        elif not names:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        for name in names:
            if '**' in name and name != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        self.start = start
        self.names = names
        # 'x/' (a pattern ending in a separator) matches directories only
        self.dirs_only = pattern.endswith('/') if isinstance(pattern, str) else False
        self.has_recursion = '**' in names

    def paths(self):
        if not self.has_recursion:
            yield from self._select(self.start, 0)
            return
        # '**' can reach one directory several ways ('**/**'): each path is given once
        seen = set()
        for path in self._select(self.start, 0):
            if path not in seen:
                seen.add(path)
                yield path

    def _select(self, path, index):
        if index == len(self.names):
            if not self.dirs_only or path.is_dir():
                yield path
            return
        name = self.names[index]
        last = index == len(self.names) - 1
        if name == '**':
            for directory in self._tree(path):
                yield from self._select(directory, index + 1)
        elif _WILDCARD.search(name):
            want_dirs = not last or self.dirs_only
            for entry_name in _list(path, want_dirs):
                if fnmatch.fnmatchcase(entry_name, name):
                    yield from self._select(path._child(entry_name), index + 1)
        else:
            child = path._child(name)
            if (child.is_dir() if not last else os.path.lexists(child)):
                yield from self._select(child, index + 1)

    def _tree(self, path):
        """path, then every directory below it, top down, not through symlinks."""
        yield path
        try:
            with os.scandir(path) as entries:
                subdirs = [entry.name for entry in entries if _entry_is_real_dir(entry)]
        except OSError:
            return
        for name in subdirs:
            yield from self._tree(path._child(name))


def _entry_is_real_dir(entry):
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _list(path, dirs_only):
    """The names in directory path (only the directories', following symlinks, if dirs_only); none if unreadable."""
    names = []
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                if dirs_only:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                names.append(entry.name)
    except OSError:
        pass
    return names
