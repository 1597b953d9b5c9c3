"""File and directory comparison, as CPython 3.11's filecmp behaves.

cmp compares two regular files: by type, size and modification time when shallow, else by content
(with a cache of results keyed by both files' signatures). dircmp compares two directories, working
out each of its attributes only when it is first asked for.
"""

import os
import stat

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"]


def clear_cache():
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True when {f1} and {f2} are regular files that look the same (shallow) or hold the same bytes."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_content(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_content(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            chunk1 = a.read(BUFSIZE)
            chunk2 = b.read(BUFSIZE)
            if chunk1 != chunk2:
                return False
            if not chunk1:
                return True


def _filter(names, skip):
    return [name for name in names if name not in skip]


class dircmp:
    """The comparison of directories {a} and {b}: names only in one, common files alike or not, subdirectories."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _lists(self):
        self.left_list = sorted(_filter(os.listdir(self.left), self.hide + self.ignore))
        self.right_list = sorted(_filter(os.listdir(self.right), self.hide + self.ignore))

    def _sides(self):
        # names compare as the system compares them (os.path.normcase), in the left list's order
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[name] for name in left if name in right]
        self.left_only = [left[name] for name in left if name not in right]
        self.right_only = [right[name] for name in right if name not in left]

    def _kinds(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_mode = os.stat(os.path.join(self.left, name)).st_mode
                right_mode = os.stat(os.path.join(self.right, name)).st_mode
            except OSError:
                self.common_funny.append(name)
                continue
            if stat.S_IFMT(left_mode) != stat.S_IFMT(right_mode):
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_mode):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_mode):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _files(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)

    def _subdirs(self):
        self.subdirs = {name: self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                             self.ignore, self.hide)
                        for name in self.common_dirs}

    _computed_by = {"left_list": _lists, "right_list": _lists, "common": _sides, "left_only": _sides,
                    "right_only": _sides, "common_dirs": _kinds, "common_files": _kinds, "common_funny": _kinds,
                    "same_files": _files, "diff_files": _files, "funny_files": _files, "subdirs": _subdirs}

    def __getattr__(self, attr):
        if attr not in self._computed_by:
            raise AttributeError(attr)
        self._computed_by[attr](self)
        return getattr(self, attr)

    def report(self):
        print("diff", self.left, self.right)
        for label, names in (("Only in " + self.left + " :", self.left_only),
                             ("Only in " + self.right + " :", self.right_only)):
            if names:
                names.sort()
                print(label, names)
        for label, names in (("Identical files :", self.same_files), ("Differing files :", self.diff_files),
                             ("Trouble with common files :", self.funny_files),
                             ("Common subdirectories :", self.common_dirs),
                             ("Common funny cases :", self.common_funny)):
            if names:
                print(label, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()


def cmpfiles(a, b, common, shallow=True):
    """(match, mismatch, errors): the names in {common} alike in {a} and {b}, not alike, or not comparable."""
    result = ([], [], [])
    for name in common:
        try:
            outcome = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            outcome = 2
        result[outcome].append(name)
    return result
