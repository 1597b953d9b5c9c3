"""What bz2 and lzma files share. Mirrors CPython 3.11's Lib/_compression.py; written for the model from
the documentation and python3's observed behaviour, not copied.

A compressed file reads through DecompressReader, a raw stream that decompresses the underlying file a
stream at a time (a file may hold several compressed streams one after another), behind an
io.BufferedReader; BaseStream holds the checks both file classes make. CPython's BZ2File and LZMAFile
(Lib/bz2.py, Lib/lzma.py) each repeat the rest of a compressed file's code; the model keeps it once here,
in CompressedFile, and in open_file for their open() functions.
"""

import builtins
import io
import os
import sys

_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 2

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


def _unsupported_unless(possible, reason):
    """An operation the file cannot do is io.UnsupportedOperation, reason its message."""
    if not possible:
        raise io.UnsupportedOperation(reason)


class BaseStream(io.BufferedIOBase):
    """The mode and state checks of BZ2File and LZMAFile (readable() and writable() themselves
    refuse a closed file)."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        _unsupported_unless(self.readable(), "File not open for reading")

    def _check_can_write(self):
        _unsupported_unless(self.writable(), "File not open for writing")

    def _check_can_seek(self):
        # Seeking is emulated by decompressing again, so it needs a file being read and rewindable.
        _unsupported_unless(self.readable(), "Seeking is only supported on files open for reading")
        _unsupported_unless(self._fp.seekable(), "The underlying file object does not support seeking")


class DecompressReader(io.RawIOBase):
    """The decompressed bytes of {fp}: each stream decoded by a new decompressor from {factory}; data after
    the last stream that {trailing_error} rejects is ignored, as CPython ignores trailing garbage."""

    def readable(self):
        return True

    def __init__(self, fp, factory, trailing_error=(), **decompressor_args):
        self._fp = fp
        self._factory = factory
        self._decompressor_args = decompressor_args
        self._trailing_error = trailing_error
        self._start()
        self._size = -1  # the decompressed size, once reading has reached the end

    def _start(self):
        self._decompressor = self._factory(**self._decompressor_args)
        self._eof = False
        self._pos = 0

    def seekable(self):
        return self._fp.seekable()  # by rewinding the compressed file

    def close(self):
        super().close()
        self._decompressor = None  # its buffers go now, not when the reader does

    def readinto(self, b):
        with memoryview(b).cast("B") as octets:
            data = self.read(octets.nbytes)
            octets[:len(data)] = data
        return len(data)

    def _next(self, size):
        """Decompressed bytes from the current or the next stream: b"" at the end; None to try again."""
        d = self._decompressor
        if d.eof:
            block = d.unused_data or self._fp.read(BUFFER_SIZE)
            if not block:
                return b""
            self._decompressor = self._factory(**self._decompressor_args)
            try:
                return self._decompressor.decompress(block, size) or None
            except self._trailing_error:
                return b""
        if d.needs_input:
            block = self._fp.read(BUFFER_SIZE)
            if not block:
                raise EOFError(_TRUNCATED)
        else:
            block = b""
        return d.decompress(block, size) or None

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0 or self._eof:
            return b""
        data = None
        while data is None:
            data = self._next(size)
        if data:
            self._pos += len(data)
        else:
            # The end: from now on the decompressed size is known.
            self._eof = True
            self._size = self._pos
        return data

    def readall(self):
        return b"".join(iter(lambda: self.read(sys.maxsize), b""))

    def _rewind(self):
        self._fp.seek(0)
        self._start()

    def _skip(self, count):
        """Reads and drops up to count bytes (fewer at the end)."""
        while count > 0:
            dropped = len(self.read(min(count, io.DEFAULT_BUFFER_SIZE)))
            if not dropped:
                return
            count -= dropped

    def _target(self, offset, whence):
        """The absolute position a seek asks for; from the end, the whole file is read first to learn
        its size."""
        if whence == io.SEEK_SET:
            return offset
        if whence == io.SEEK_CUR:
            return self._pos + offset
        if whence == io.SEEK_END:
            if self._size < 0:
                self._skip(sys.maxsize)
            return self._size + offset
        raise ValueError("Invalid value for whence: {}".format(whence))

    def seek(self, offset, whence=io.SEEK_SET):
        """Emulated: backwards starts again from the beginning, forwards reads and drops bytes."""
        target = self._target(offset, whence)
        if target < self._pos:
            self._rewind()
        self._skip(target - self._pos)
        return self._pos

    def tell(self):
        return self._pos


class CompressedFile(BaseStream):
    """A binary file of compressed data: a subclass names its decompressor and gives a compressor when
    writing. {mode} is "r", "w", "x" or "a", with or without "b"."""

    _fp = None
    _closefp = False
    _mode = _MODE_CLOSED

    def _open(self, filename, mode, compressor, reader_factory, trailing_error, **decompressor_args):
        if mode in ("r", "rb"):
            mode, mode_code = "rb", _MODE_READ
        elif mode in ("w", "wb", "x", "xb", "a", "ab"):
            mode, mode_code = mode[0] + "b", _MODE_WRITE
            self._compressor = compressor()
            self._pos = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = mode_code
        if mode_code == _MODE_READ:
            raw = DecompressReader(self._fp, reader_factory, trailing_error=trailing_error, **decompressor_args)
            self._buffer = io.BufferedReader(raw)

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_READ:
                self._buffer.close()
            else:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED
                self._buffer = None

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._buffer.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def peek(self, size=0):
        self._check_can_read()
        return self._buffer.peek(size)

    def read(self, size=-1):
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_can_read()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def readinto(self, b):
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        self._check_can_read()
        return self._buffer.readline(_index(size))

    def readlines(self, size=-1):
        self._check_can_read()
        return self._buffer.readlines(_index(size))

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos


def _index(size):
    if not isinstance(size, int):
        if not hasattr(size, "__index__"):
            raise TypeError("Integer argument expected")
        size = size.__index__()
    return size


def open_file(binary_file, mode, encoding, errors, newline):
    """bz2.open and lzma.open: {binary_file(mode without "t")}, in a TextIOWrapper for a text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary = binary_file(mode.replace("t", ""))
    if "t" in mode:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary
