"""Lines from a list of files (or standard input) as one stream, as CPython 3.11's fileinput behaves.

A FileInput counts lines across all its files (lineno) and within the current one (filelineno); in
place editing moves each file to a backup and sends print() output to a new file of the old name.
The module functions work on one FileInput that input() makes.

Mirrors CPython 3.11's Lib/fileinput.py; written for the model from the documentation and python3's
behaviour, not copied.
"""

import io
import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno", "isfirstline", "isstdin",
           "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Makes the module's FileInput (an error while the last one is still reading a file) and returns it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def close():
    global _state
    state, _state = _state, None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of {files} ("-" is standard input; none: sys.argv[1:] or standard input) one after another."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ("-",)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._lineno = 0
        self._output = None
        self._savestdout = None
        self._forget_file()
        self._filename = None
        # checked once the object is whole, so that its finalizer can close it
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")

    def _forget_file(self):
        """No current file: the state a FileInput starts in and each file is opened from."""
        self._file = None
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = None

    def __iter__(self):
        return self

    def __next__(self):
        # an exhausted file (even an empty one) gives way to the next; no file left ends the stream
        line = self._readline()
        while not line:
            if self._file is None:
                raise StopIteration
            self.nextfile()
            line = self._readline()
        self._lineno += 1
        self._filelineno += 1
        return line

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        """Ends the stream: the current file is closed and no further file will be opened."""
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __del__(self):
        # a FileInput dropped while reading (in place, too) still closes and restores sys.stdout
        self.close()

    def readline(self):
        try:
            return self.__next__()
        except StopIteration:
            return b"" if "b" in self._mode else ""

    def nextfile(self):
        """Closes the current file (restoring sys.stdout after in-place editing) so the next one is read."""
        if self._savestdout:
            sys.stdout, self._savestdout = self._savestdout, None
        output, self._output = self._output, None
        file, self._file = self._file, None
        backup, self._backupfilename = self._backupfilename, None
        closers = [output.close] if output else []
        if file and not self._isstdin:
            closers.append(file.close)
        if backup and not self._backup:
            closers.append(lambda: _remove_quietly(backup))
        self._isstdin = False
        _run_all(closers)

    def _readline(self):
        if self._file is None:
            if not self._files:
                return self._empty()
            self._open_next()
        return self._file.readline()

    def _empty(self):
        return b"" if "b" in self._mode else ""

    def _open_next(self):
        self._forget_file()
        self._filename, self._files = self._files[0], self._files[1:]
        binary = "b" in self._mode
        text_options = {} if binary else {"encoding": self._encoding, "errors": self._errors}
        if self._filename == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin.buffer if binary else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._edit_in_place(text_options)
        elif self._openhook is None:
            self._file = io.open(self._filename, self._mode, **text_options)
        elif self._encoding is None:
            # hooks written before 3.10 take no encoding arguments
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = self._openhook(self._filename, self._mode, **text_options)

    def _edit_in_place(self, text_options):
        """Reads the file from its backup and sends print() to a new file of its name, same permissions."""
        source = self._filename
        self._backupfilename = source + (self._backup or ".bak")
        _remove_quietly(self._backupfilename)
        os.rename(source, self._backupfilename)
        self._file = io.open(self._backupfilename, self._mode, **text_options)
        permissions = os.stat(self._backupfilename).st_mode
        self._output = io.open(source, self._mode.replace("r", "w"), **text_options)
        try:
            os.chmod(source, permissions)
        except OSError:
            pass  # a file system without permissions keeps the new file's defaults
        self._savestdout, sys.stdout = sys.stdout, self._output

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        """The current file's descriptor; -1 between files or for a stream without one."""
        try:
            return self._file.fileno() if self._file else -1
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def _remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


def _run_all(actions):
    """Runs every action even when one raises; an error propagates as from nested finally blocks."""
    if actions:
        try:
            actions[0]()
        finally:
            _run_all(actions[1:])


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook reading .gz files through gzip and .bz2 through bz2 (text modes decoded), others as open() does."""
    opener = _COMPRESSED_OPENERS.get(os.path.splitext(filename)[1])
    if opener is None:
        return io.open(filename, mode, encoding=encoding, errors=errors)
    stream = opener(filename, mode)
    return stream if "b" in mode else io.TextIOWrapper(stream, encoding=encoding, errors=errors)


def _open_gzip(filename, mode):
    import gzip
    return gzip.open(filename, mode)


def _open_bz2(filename, mode):
    import bz2
    return bz2.BZ2File(filename, mode)


_COMPRESSED_OPENERS = {".gz": _open_gzip, ".bz2": _open_bz2}


def hook_encoded(encoding, errors=None):
    """An openhook opening files with {encoding} and {errors}."""
    def openhook(filename, mode):
        return io.open(filename, mode, encoding=encoding, errors=errors)
    return openhook
