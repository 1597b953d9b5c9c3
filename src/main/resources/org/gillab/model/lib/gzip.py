"""gzip files and data (RFC 1952), as CPython 3.11's gzip module behaves, over the model's zlib.

A member is a 10-byte header (magic, method 8, flags, mtime, extra flags, OS 255 as CPython writes it,
then the file name when there is one), a raw deflate stream and a trailer (CRC-32 and size mod 2**32).
Reading takes any number of members, with zero padding between them.
"""

import builtins
import errno
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for a file or data that is not gzip."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A GzipFile in a binary mode; in a text mode ("rt", "wt"...) a TextIOWrapper over one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def _header(compresslevel, mtime, name=b""):
    """A member's header: CPython marks level 9 as "best" (XFL 2) and level 1 as "fast" (XFL 4)."""
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if compresslevel == _COMPRESS_LEVEL_FAST else 0
    flags = FNAME if name else 0
    header = b"\x1f\x8b\x08" + bytes([flags]) + struct.pack("<L", int(mtime) & 0xFFFFFFFF) + bytes([xfl]) + b"\xff"
    return header + (name + b"\x00" if name else b"")


class _Input:
    """The compressed stream read from a file, with bytes the decompressor did not use pushed back."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.pushed = b""

    def read(self, size):
        if self.pushed:
            data, self.pushed = self.pushed[:size], self.pushed[size:]
            return data
        return self.fileobj.read(size)

    def read_exact(self, size):
        data = self.read(size)
        while len(data) < size:
            more = self.read(size - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def push_back(self, data):
        self.pushed = data + self.pushed

    def skip_zeros(self):
        """The padding some writers put between members."""
        c = b"\x00"
        while c == b"\x00":
            c = self.read(1)
        self.push_back(c)

    def read_header(self):
        """Reads a member's header and returns its mtime, or None at the end of the input."""
        magic = self.read(2)
        if magic == b"":
            return None
        if magic != b"\x1f\x8b":
            raise BadGzipFile("Not a gzipped file (%r)" % magic)
        method, flags, mtime = struct.unpack("<BBIxx", self.read_exact(8))
        if method != 8:
            raise BadGzipFile("Unknown compression method")
        if flags & FEXTRA:
            self.read_exact(struct.unpack("<H", self.read_exact(2))[0])
        for field in (FNAME, FCOMMENT):
            if flags & field:
                while self.read(1) not in (b"", b"\x00"):
                    pass
        if flags & FHCRC:
            self.read_exact(2)
        return mtime


class _MemberReader:
    """The decompressed bytes of all the members in a file, a chunk at a time."""

    def __init__(self, fileobj):
        self.input = _Input(fileobj)
        self.mtime = None
        self._start()

    def _start(self):
        self.decompressor = None
        self.crc = 0
        self.size = 0
        self.done = False

    def chunk(self, size):
        """Up to {size} (> 0) decompressed bytes; b"" at the end of the last member."""
        while not self.done:
            if self.decompressor is None:
                mtime = self.input.read_header()
                if mtime is None:
                    self.done = True
                    return b""
                self.mtime = mtime
                self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            d = self.decompressor
            data = d.unconsumed_tail or self.input.read(READ_BUFFER_SIZE)
            out = d.decompress(data, size)
            if d.eof:
                self.input.push_back(d.unused_data)
            elif not data:
                raise EOFError(_TRUNCATED)
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if d.eof:
                self._check_trailer()
            if out:
                return out
        return b""

    def _check_trailer(self):
        crc, size = struct.unpack("<II", self.input.read_exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        self.input.skip_zeros()
        self._start()


class GzipFile(io.BufferedIOBase):
    """A binary file of gzip data: decompressed as it is read, compressed as it is written."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buffer = b""
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.name = filename
        self.fileobj = fileobj
        self._offset = 0
        self._write_mtime = mtime
        if self.mode == WRITE:
            fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime, self._header_name()))

    def _header_name(self):
        """The FNAME field: the file's base name without ".gz", in Latin-1 (none if it is not Latin-1)."""
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        return name[:-3] if name.endswith(b".gz") else name

    @property
    def mtime(self):
        """The modification time of the last member read (None before reading)."""
        return self._reader.mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, mode, method):
        self._check_not_closed()
        if self.mode != mode:
            other = "read-only" if self.mode == READ else "write-only"
            raise OSError(errno.EBADF, f"{method}() on {other} GzipFile object")

    # ---- writing ----

    def write(self, data):
        self._check_mode(WRITE, "write")
        length = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    # ---- reading ----

    def _fill(self, size):
        """Decompresses until the buffer holds {size} bytes or the data ends; False if nothing came."""
        while len(self._buffer) < size:
            chunk = self._reader.chunk(max(size - len(self._buffer), io.DEFAULT_BUFFER_SIZE))
            if not chunk:
                return bool(self._buffer)
            self._buffer += chunk
        return True

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_mode(READ, "read")
        if size is None or size < 0:
            parts = [self._take(len(self._buffer))]
            while True:
                chunk = self._reader.chunk(READ_BUFFER_SIZE)
                if not chunk:
                    return b"".join(parts)
                self._offset += len(chunk)
                parts.append(chunk)
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_mode(READ, "read")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffer:
            self._fill(1)
        return self._take(size)

    def peek(self, n):
        self._check_mode(READ, "peek")
        self._fill(1)
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        end = self._buffer.find(b"\n")
        while end < 0 and (size < 0 or len(self._buffer) < size):
            searched = len(self._buffer)
            if not self._fill(searched + io.DEFAULT_BUFFER_SIZE) or len(self._buffer) == searched:
                break
            end = self._buffer.find(b"\n", searched)
        n = len(self._buffer) if end < 0 else end + 1
        return self._take(n if size < 0 else min(n, size))

    def rewind(self):
        """Reading starts again at the first member."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buffer = b""
        self._offset = 0

    # ---- positions and the rest ----

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        """Forward only when writing (zeros are written); reading backwards starts again from the start."""
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence != io.SEEK_CUR:
                    raise ValueError("Seek from end not supported")
                offset = self._offset + offset
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self._offset))
            return self._offset
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self._offset + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence value")
        if offset < self._offset:
            self.rewind()
        while self._offset < offset and self.read(min(offset - self._offset, READ_BUFFER_SIZE)):
            pass
        return self._offset


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """One gzip member holding {data}, with no file name in its header."""
    if mtime is None:
        mtime = time.time()
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return _header(compresslevel, mtime) + zlib.compress(data, compresslevel, -zlib.MAX_WBITS) + trailer


def decompress(data):
    """All the members of {data}, decompressed and joined (a bad CRC's message shows no values here)."""
    data = bytes(data)
    source = _Input(io.BytesIO(data))
    members = []
    while source.read_header() is not None:
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        member = d.decompress(source.read(len(data)))
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != len(member) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(member)
        source.push_back(d.unused_data[8:])
        source.skip_zeros()
    return b"".join(members)
