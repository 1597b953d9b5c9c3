"""Path names matching shell patterns: the GIL Lab model's glob.

Written for the model (not copied) to behave as CPython 3.11's Lib/glob.py documents: each path
component is matched with fnmatch; names starting with '.' match only a pattern component that starts
with '.' (or when include_hidden is true); with recursive=True a '**' component matches any number of
directories, this one included. Results come in the order the directories list their entries. Only
str patterns are supported here, and dir_fd must be None.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile('[*?[]')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname (relative to root_dir when it is given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching pathname, without listing them all first."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by the model")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = ''
    search = _Search(root_dir, recursive, include_hidden)
    return _nonempty(search.paths(pathname, False))


def _nonempty(paths):
    # A leading '**' matches the starting directory itself as ''; a caller never sees that.
    for path in paths:
        if path:
            yield path


def has_magic(s):
    """Whether s has a wildcard ('*', '?' or '[')."""
    return _MAGIC.search(s) is not None


def escape(pathname):
    """pathname with every wildcard made literal by putting it in brackets (a drive is left alone)."""
    drive, rest = os.path.splitdrive(pathname)
    return drive + _MAGIC.sub(lambda m: '[' + m.group(0) + ']', rest)


def _is_recursive(component):
    return component == '**'


def _is_hidden(name):
    return name.startswith('.')


class _Search:
    """One glob: where relative paths are looked up, and the options that shape the matches."""

    def __init__(self, root_dir, recursive, include_hidden):
        self.root_dir = root_dir
        self.recursive = recursive
        self.include_hidden = include_hidden

    def _real(self, path):
        # The path the file system sees: under root_dir when one was given.
        return os.path.join(self.root_dir, path) if self.root_dir else path

    def paths(self, pattern, dirs_only):
        """The paths matching pattern, one component at a time from the right."""
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            if self._literal_exists(pattern, tail):
                yield pattern
            return
        if not head:
            yield from self._in_directory('', tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.paths(head, True)
        else:
            parents = [head]
        for parent in parents:
            for name in self._in_directory(parent, tail, dirs_only):
                yield os.path.join(parent, name)

    def _literal_exists(self, pattern, tail):
        # 'dir/' names a directory; anything else may be a file, directory or even a dangling symlink.
        if tail:
            return os.path.lexists(self._real(pattern))
        return os.path.isdir(self._real(pattern))

    def _in_directory(self, directory, component, dirs_only):
        """The names in directory that match one pattern component ('' for directory itself)."""
        if not has_magic(component):
            return self._literal(directory, component, dirs_only)
        if self.recursive and _is_recursive(component):
            return self._everything_below(directory, dirs_only)
        return self._matching(directory, component, dirs_only)

    def _literal(self, directory, name, dirs_only):
        if name:
            if os.path.lexists(self._real(os.path.join(directory, name))):
                return [name]
        elif os.path.isdir(self._real(directory) if directory else self._real('.')):
            return ['']
        return []

    def _matching(self, directory, component, dirs_only):
        names = self._names(directory, dirs_only)
        if not self.include_hidden and not _is_hidden(component):
            names = [name for name in names if not _is_hidden(name)]
        return fnmatch.filter(names, component)

    def _everything_below(self, directory, dirs_only):
        # '**' matches the directory itself, then everything under it, depth first.
        yield ''
        yield from self._walk(directory, dirs_only)

    def _walk(self, directory, dirs_only):
        for name, is_dir in self._entries(directory, dirs_only):
            if not self.include_hidden and _is_hidden(name):
                continue
            yield name
            if is_dir:
                below = os.path.join(directory, name) if directory else name
                for inner in self._walk(below, dirs_only):
                    yield os.path.join(name, inner)

    def _names(self, directory, dirs_only):
        return [name for name, _ in self._entries(directory, dirs_only)]

    def _entries(self, directory, dirs_only):
        """(name, is a directory) for each entry of directory; an unreadable directory has none."""
        where = self._real(directory) if directory else (self.root_dir or os.curdir)
        found = []
        try:
            with os.scandir(where) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir or not dirs_only:
                        found.append((entry.name, is_dir))
        except OSError:
            return []
        return found
