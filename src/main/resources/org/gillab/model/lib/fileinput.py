"""Lines from a list of files (or standard input) as one stream, as CPython 3.11's fileinput behaves.

A FileInput counts lines across all its files (lineno) and within the current one (filelineno); in
place editing moves each file to a backup and sends print() output to a new file of the old name.
The module functions work on one FileInput that input() makes.
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
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._output = None
        self._savestdout = None
        # checked once the object is whole, so that its finalizer can close it
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

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
        try:
            if output:
                output.close()
        finally:
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _readline(self):
        if not self._file:
            if not self._files:
                return b"" if "b" in self._mode else ""
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename, self._files = self._files[0], self._files[1:]
        self._filelineno = 0
        self._isstdin = False
        text_options = {} if "b" in self._mode else {"encoding": self._encoding, "errors": self._errors}
        if self._filename == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin.buffer if "b" in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = self._filename + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = io.open(self._backupfilename, self._mode, **text_options)
            permissions = os.stat(self._backupfilename).st_mode
            self._output = io.open(self._filename, self._mode.replace("r", "w"), **text_options)
            try:
                os.chmod(self._filename, permissions)
            except OSError:
                pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode, **text_options)
        else:
            self._file = io.open(self._filename, self._mode, **text_options)

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook reading .gz files through gzip (text modes decoded), others as open() does."""
    if os.path.splitext(filename)[1] == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif os.path.splitext(filename)[1] == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return io.open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening files with {encoding} and {errors}."""
    def openhook(filename, mode):
        return io.open(filename, mode, encoding=encoding, errors=errors)
    return openhook
