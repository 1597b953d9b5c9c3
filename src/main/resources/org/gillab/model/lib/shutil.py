"""High-level file operations: the GIL Lab model's shutil.

Written for the model (not copied) to behave as CPython 3.11's Lib/shutil.py documents: copying files
(copyfileobj, copyfile, copymode, copystat, copy, copy2), whole trees (copytree, ignore_patterns,
rmtree), move, which and get_terminal_size. Metadata goes as far as the model's os does: permission bits
and access and modification times (no flags, extended attributes or ownership). Left out: disk_usage,
chown, archives (make_archive, unpack_archive).
"""

import fnmatch
import os
import stat
import sys

__all__ = ["Error", "ExecError", "SameFileError", "SpecialFileError", "copy", "copy2", "copyfile", "copyfileobj",
           "copymode", "copystat", "copytree", "get_terminal_size", "ignore_patterns", "move", "rmtree",
           "which"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """What shutil's own checks raise (copytree's gathered failures, move's refusals)."""


class SameFileError(Error):
    """copyfile's source and destination are the same file."""


class SpecialFileError(OSError):
    """copyfile met a named pipe or another file that cannot be copied as bytes."""


class ExecError(OSError):
    """Kept for compatibility: nothing here raises it."""


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
