"""Pathname operations on POSIX paths: the GIL Lab model's os.path.

Written for the model (not copied) after CPython 3.11's Lib/posixpath.py and Lib/genericpath.py: the
same results for str paths (bytes paths are not supported), built on the model's os.stat.
"""

import os
import stat

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists', 'lexists',
           'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile',
           'samestat', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep',
           'extsep', 'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _texts(function, paths):
    """The paths as str: os.PathLike ones by their __fspath__, anything else but a str refused."""
    texts = []
    for p in paths:
        if not isinstance(p, str) and hasattr(type(p), '__fspath__'):
            p = os.fspath(p)
        if not isinstance(p, str):
            raise TypeError(f"{function}() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(p).__name__}'")
        texts.append(p)
    return texts


def normcase(s):
    """POSIX paths are case-sensitive: unchanged."""
    return os.fspath(s)


def isabs(s):
    return os.fspath(s).startswith(sep)


def join(a, *p):
    """Join path components: an absolute one discards what came before it."""
    path = os.fspath(a)
    p = _texts('join', p)
    for b in p:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is everything after the last slash, head keeps no trailing slash unless it is all slashes."""
    p = os.fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext from the last dot of the last component, unless that component starts with its only dots."""
    p = os.fspath(p)
    slash = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > slash:
        start = slash + 1
        while start < dot:
            if p[start] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = os.fspath(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Collapse redundant separators and up-level references: A//B, A/./B and A/foo/../B become A/B."""
    path = os.fspath(path)
    if not path:
        return curdir
    # POSIX keeps exactly two leading slashes, and makes three or more one
    initial = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith(sep) else 0
    parts = []
    for comp in path.split(sep):
        if comp in ('', curdir):
            continue
        if comp != pardir or (not initial and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * initial + sep.join(parts)
    return result or curdir


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved (the model resolves through the file system)."""
    path = abspath(filename)
    resolved = sep
    seen = set()
    pending = [c for c in path.split(sep) if c]
    while pending:
        comp = pending.pop(0)
        candidate = join(resolved, comp)
        if candidate in seen:
            resolved = candidate
            continue
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if stat.S_ISLNK(st.st_mode):
            seen.add(candidate)
            target = os.readlink(candidate)
            if isabs(target):
                resolved = sep
            pending = [c for c in target.split(sep) if c] + pending
            resolved = normpath(resolved)
        else:
            resolved = candidate
    return resolved


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else start
    path_parts = [x for x in abspath(path).split(sep) if x]
    start_parts = [x for x in abspath(start).split(sep) if x]
    common = len(commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    """The longest common leading part of the items (character by character for strings)."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths, component by component."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [os.fspath(p) for p in paths]
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    first, last = min(split_paths), max(split_paths)
    common = first
    for i, c in enumerate(first):
        if c != last[i]:
            common = first[:i]
            break
    return (sep if absolute.pop() else '') + sep.join(common)


def expanduser(path):
    """~ and ~user at the start of the path, as the home directory."""
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            return path
    else:
        return path  # other users' homes are not looked up by the model
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """$name and ${name} replaced by the environment's values; unknown ones left as they are."""
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == '$' and i + 1 < len(path):
            if path[i + 1] == '{':
                end = path.find('}', i + 2)
                name = path[i + 2:end] if end >= 0 else None
                stop = end + 1
            else:
                stop = i + 1
                while stop < len(path) and (path[stop].isalnum() or path[stop] == '_'):
                    stop += 1
                name = path[i + 1:stop]
            if name and name in os.environ:
                out.append(os.environ[name])
                i = stop
                continue
        out.append(c)
        i += 1
    return ''.join(out)


# ---- queries of the file system (genericpath) ----

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        here = os.lstat(path)
        parent = os.lstat(join(path, pardir))
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))
