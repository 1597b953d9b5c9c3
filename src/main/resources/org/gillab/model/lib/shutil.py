"""High-level file operations: the GIL Lab model's shutil.

Written for the model (not copied) to behave as CPython 3.11's Lib/shutil.py documents: copying files
(copyfileobj, copyfile, copymode, copystat, copy, copy2), whole trees (copytree, ignore_patterns,
rmtree), move, which, disk_usage, get_terminal_size and archives (make_archive, unpack_archive and their
registries). Metadata goes as far as the model's os does: permission bits and access and modification
times (no flags, extended attributes or ownership). Left out: chown, and the tar archive formats (the
model has no tarfile), so "zip" is the only format registered at first.
"""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = ["Error", "ExecError", "ReadError", "RegistryError", "SameFileError", "SpecialFileError", "copy", "copy2",
           "copyfile", "copyfileobj", "copymode", "copystat", "copytree", "disk_usage", "get_archive_formats",
           "get_terminal_size", "get_unpack_formats", "ignore_patterns", "make_archive", "move",
           "register_archive_format", "register_unpack_format", "rmtree", "unpack_archive",
           "unregister_archive_format", "unregister_unpack_format", "which"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """What shutil's own checks raise (copytree's gathered failures, move's refusals)."""


class SameFileError(Error):
    """copyfile's source and destination are the same file."""


class SpecialFileError(OSError):
    """copyfile met a named pipe or another file that cannot be copied as bytes."""


class ExecError(OSError):
    """Kept for compatibility: nothing here raises it."""


class ReadError(OSError):
    """unpack_archive cannot read the archive (not a zip file, no format for its extension)."""


class RegistryError(Exception):
    """register_unpack_format was given an extension another format already has."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies what is left of the file object fsrc to fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    for chunk in iter(lambda: fsrc.read(size), fsrc.read(0)):
        fdst.write(chunk)


def _same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to dst (replacing it) and returns dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as source, open(dst, 'wb') as target:
        copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Gives dst the permission bits of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return  # the model cannot change a symlink's own mode (nor can Linux)
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Gives dst the permission bits and the access and modification times of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _into_directory(src, dst):
    # copy('f', 'dir') makes 'dir/f'
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file's contents and permission bits; dst may be a directory. Returns the new file's path."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy, with the times as well (the metadata the model can carry over)."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree that leaves out names matching any of the glob-style patterns."""
    def _ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless dirs_exist_ok) and returns dst.
    Failures are gathered and raised together as Error with a list of (src, dst, reason)."""
    with os.scandir(src) as listing:
        entries = list(listing)
    names = [entry.name for entry in entries]
    ignored = set(ignore(os.fspath(src), names)) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                        dirs_exist_ok)
        except Error as error:
            errors.extend(error.args[0])
        except OSError as error:
            errors.append((source, target, str(error)))
    try:
        copystat(src, dst)
    except OSError as error:
        errors.append((src, dst, str(error)))
    if errors:
        raise Error(errors)
    return dst


def _copy_entry(entry, source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                dirs_exist_ok):
    if entry.is_symlink():
        link = os.readlink(source)
        if symlinks:
            os.symlink(link, target)
            copystat(source, target, follow_symlinks=False)
            return
        if not os.path.exists(link if os.path.isabs(link) else os.path.join(os.path.dirname(source), link)):
            if ignore_dangling_symlinks:
                return
        if entry.is_dir():
            copytree(source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(source, target)
    elif entry.is_dir():
        copytree(source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    else:
        copy_function(source, target)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree path. Errors go to onerror(function, path, exc_info), are ignored
    (ignore_errors), or are raised. A symlink to a directory is refused, not followed."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(os.fspath(path), onerror)


def _remove_tree(path, onerror):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        child = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_tree(child, onerror)
        else:
            try:
                os.unlink(child)
            except OSError:
                onerror(os.unlink, child, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _base_name(path):
    # 'dir/' names the same directory as 'dir': strip the trailing slash before taking the base name
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Moves a file or directory tree to dst (into it, if it is a directory) and returns where it went:
    a rename when possible, else a copy and a removal."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        target = os.path.join(dst, _base_name(os.fspath(src)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # another file system: copy, then remove the original
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif not os.path.isdir(src):
        copy_function(src, target)
        os.unlink(src)
    elif _is_inside(dst, src):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    else:
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    return target


def _is_inside(dst, src):
    src = os.path.abspath(src).rstrip(os.sep) + os.sep
    dst = os.path.abspath(dst).rstrip(os.sep) + os.sep
    return dst.startswith(src)


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd would run (searched along PATH), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    search = os.environ.get("PATH", os.defpath) if path is None else path
    tried = []
    for directory in search.split(os.pathsep) if search else ():
        if directory in tried:
            continue
        tried.append(directory)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


class _TerminalSize(tuple):
    """What CPython's os.terminal_size is (the model's os has none): a (columns, lines) pair."""

    __slots__ = ()

    columns = property(lambda self: self[0], doc="width of the terminal window in characters")
    lines = property(lambda self: self[1], doc="height of the terminal window in characters")

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % tuple(self)


def _positive_environ_int(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return max(value, 0)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as CPython's shutil finds it: the COLUMNS and LINES environment variables
    where they hold positive numbers, else the terminal's own size, else fallback. The JVM cannot ask
    the terminal for its size, so the model goes from the variables straight to fallback."""
    columns = _positive_environ_int("COLUMNS") or fallback[0]
    lines = _positive_environ_int("LINES") or fallback[1]
    return _TerminalSize((columns, lines))


_usage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """The total, used and free space in bytes of the file system holding path, as a named tuple
    (free is what an unprivileged user may still use)."""
    st = os.statvfs(path)
    return _usage(st.f_blocks * st.f_frsize, (st.f_blocks - st.f_bfree) * st.f_frsize, st.f_bavail * st.f_frsize)


# ---- archives ----

def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, root_dir=None):
    """Makes base_name.zip of the tree base_dir (taken from root_dir), each directory's subdirectories
    in sorted order before its files, as CPython's archives list them. Returns the archive's name."""
    import zipfile
    zip_filename = base_name + ".zip"
    _make_parent_directory(zip_filename, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if dry_run:
        return zip_filename

    def on_disk(name):
        return name if root_dir is None else os.path.join(root_dir, name)

    with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        def add(name):
            archive.write(on_disk(name), os.path.normpath(name))
            if logger is not None:
                logger.info("adding '%s'", os.path.normpath(on_disk(name)))

        base_dir = os.path.normpath(base_dir)
        if base_dir != os.curdir:
            add(base_dir)
        for dirpath, dirnames, filenames in os.walk(on_disk(base_dir)):
            relative = os.path.relpath(dirpath, on_disk(os.curdir)) if root_dir is not None else dirpath
            dirnames.sort()
            for name in dirnames:
                add(os.path.join(relative, name))
            for name in filenames:
                if os.path.isfile(os.path.join(dirpath, name)):
                    add(os.path.join(relative, name))
    return zip_filename


def _make_parent_directory(path, dry_run, logger):
    parent = os.path.dirname(path)
    if not parent or os.path.exists(parent):
        return
    if logger is not None:
        logger.info("creating %s", parent)
    if not dry_run:
        os.makedirs(parent)


# name: (function, extra keyword arguments as (name, value) pairs, description)
_ARCHIVE_FORMATS = {"zip": (_make_zipfile, [], "ZIP file")}


def get_archive_formats():
    """The (name, description) pairs of the formats make_archive knows, sorted by name."""
    return sorted((name, registry[2]) for name, registry in _ARCHIVE_FORMATS.items())


def _check_extra_args(function, extra_args):
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError("extra_args elements are : (arg_name, value)")


def register_archive_format(name, function, extra_args=None, description=""):
    """Makes make_archive(base_name, name, ...) call function(base_name, base_dir, **keywords)."""
    extra_args = [] if extra_args is None else extra_args
    _check_extra_args(function, extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None, group=None,
                 logger=None):
    """Archives the tree base_dir (default: the current directory) as seen from root_dir (default: the
    current directory) into base_name plus the format's extension; returns the archive's name. The zip
    format reads root_dir in place; a registered format is called from inside root_dir, as CPython does."""
    try:
        function, extra_args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    base_name = os.fspath(base_name)
    base_dir = os.curdir if base_dir is None else os.fspath(base_dir)
    keywords = {"dry_run": dry_run, "logger": logger}
    keywords.update(extra_args)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        _check_directory(root_dir)
    if function is _make_zipfile:
        name = function(base_name, base_dir, root_dir=root_dir, **keywords)
        return name if root_dir is None else os.path.abspath(name)
    keywords.update(owner=owner, group=group)
    if root_dir is None:
        return function(base_name, base_dir, **keywords)
    previous = os.getcwd()
    base_name = os.path.abspath(base_name)
    if logger is not None:
        logger.debug("changing into '%s'", root_dir)
    os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **keywords)
    finally:
        if logger is not None:
            logger.debug("changing back to '%s'", previous)
        os.chdir(previous)


def _check_directory(path):
    # make_archive's root_dir: what chdir would say of a missing directory or a file
    if not stat.S_ISDIR(os.stat(path).st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), path)


def _unpack_zipfile(filename, extract_dir):
    """Extracts the zip archive filename into extract_dir, leaving out members whose names are absolute
    or contain '..' (they could land outside extract_dir)."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith("/") or ".." in name:
                continue
            target = os.path.join(extract_dir, *name.split("/"))
            directory = os.path.dirname(target)
            if not os.path.isdir(directory):
                os.makedirs(directory)
            if not name.endswith("/"):
                with open(target, "wb") as out:
                    out.write(archive.read(name))


# name: (extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {"zip": ([".zip"], _unpack_zipfile, [], "ZIP file")}


def get_unpack_formats():
    """The (name, extensions, description) triples of the formats unpack_archive knows, sorted by name."""
    return sorted((name, registry[0], registry[3]) for name, registry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=""):
    """Makes unpack_archive call function(filename, extract_dir, **extra_args) for the format name and
    for files whose names end with one of extensions."""
    owners = {extension: owner for owner, registry in _UNPACK_FORMATS.items() for extension in registry[0]}
    for extension in extensions:
        if extension in owners:
            raise RegistryError('%s is already registered for "%s"' % (extension, owners[extension]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = (extensions, function, [] if extra_args is None else extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_of(filename):
    for name, registry in _UNPACK_FORMATS.items():
        if any(filename.endswith(extension) for extension in registry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpacks the archive filename into extract_dir (default: the current directory); format names a
    registered unpack format, else the file's extension chooses one."""
    filename = os.fspath(filename)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    keywords = {} if filter is None else {"filter": filter}
    if format is None:
        format = _format_of(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, function, extra_args, _ = _UNPACK_FORMATS[format]
    function(filename, extract_dir, **dict(extra_args), **keywords)
