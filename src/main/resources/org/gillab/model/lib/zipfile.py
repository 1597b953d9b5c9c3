"""ZIP archives (PKWARE's APPNOTE), as CPython 3.11's zipfile module behaves: stored and deflated
members, read, written and appended to; no ZIP64, no encryption, no bzip2 or lzma.

An archive is, for each member, a local header, the member's data, then a central directory (one
record per member) and an end record giving the directory's place. Headers are written as CPython
writes them (version 2.0 made on Unix), so archives come out byte for byte as CPython's.
"""

import io
import os
import shutil
import stat
import struct
import threading
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing an archive would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP_MAX_COMMENT = (1 << 16) - 1

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LOCAL_MAGIC = b"PK\003\004"
_CENTRAL_MAGIC = b"PK\001\002"
_END_MAGIC = b"PK\005\006"
_UTF8_FLAG = 0x800
_DESCRIPTOR_FLAG = 0x08

_COMPRESSOR_NAMES = {0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce", 6: "implode",
                     7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode", 12: "bzip2", 14: "lzma",
                     18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd"}


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError(f"Compression requires the (missing) {'bz2' if compression == ZIP_BZIP2 else 'lzma'} module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """What the archive says about one member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel", "comment", "extra",
                 "create_system", "create_version", "extract_version", "reserved", "flag_bits", "volume",
                 "internal_attr", "external_attr", "header_offset", "CRC", "compress_size", "file_size")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # a name ends at a null byte; archives use "/" whatever the system's separator
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = [f"<{type(self).__name__} filename={self.filename!r}"]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % _COMPRESSOR_NAMES.get(self.compress_type, self.compress_type))
        mode = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if mode:
            parts.append(" filemode=%r" % stat.filemode(mode))
        if low:
            parts.append(" external_attr=%#x" % low)
        sized = not self.is_dir() or self.file_size
        if sized:
            parts.append(" file_size=%r" % self.file_size)
        if sized and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(" compress_size=%r" % self.compress_size)
        return "".join(parts) + ">"

    def is_dir(self):
        return self.filename[-1] == "/"

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk, named {arcname} (default: its path) in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    # ---- the records ----

    def _encoded_name(self):
        """The name's bytes and flags: ASCII as is, anything else UTF-8 with the language flag."""
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _UTF8_FLAG

    def _dos_time(self):
        year, month, day, hour, minute, second = self.date_time
        return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day

    def _local_header(self):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        if flags & _DESCRIPTOR_FLAG:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if max(compress_size, file_size, self.header_offset) > 0xFFFFFFFF:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        return _LOCAL.pack(_LOCAL_MAGIC, self.extract_version, self.reserved, flags, self.compress_type, dostime,
                           dosdate, crc, compress_size, file_size, len(name), len(self.extra)) + name + self.extra

    def _central_record(self):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        record = _CENTRAL.pack(_CENTRAL_MAGIC, self.create_version, self.create_system, self.extract_version,
                               self.reserved, flags, self.compress_type, dostime, dosdate, self.CRC,
                               self.compress_size, self.file_size, len(name), len(self.extra), len(self.comment),
                               0, self.internal_attr, self.external_attr, self.header_offset)
        return record + name + self.extra + self.comment

    @classmethod
    def _from_central(cls, record, fp, metadata_encoding):
        (_, create_version, create_system, extract_version, reserved, flags, compress_type, dostime, dosdate, crc,
         compress_size, file_size, name_length, extra_length, comment_length, volume, internal_attr,
         external_attr, header_offset) = _CENTRAL.unpack(record)
        raw_name = fp.read(name_length)
        if flags & _UTF8_FLAG:
            name = raw_name.decode("utf-8")
        else:
            name = raw_name.decode(metadata_encoding or "cp437")
        info = cls(name)
        info.extra = fp.read(extra_length)
        info.comment = fp.read(comment_length)
        info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                          dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
        (info.create_version, info.create_system, info.extract_version, info.reserved, info.flag_bits,
         info.compress_type, info.CRC, info.compress_size, info.file_size, info.volume, info.internal_attr,
         info.external_attr, info.header_offset) = (create_version, create_system, extract_version, reserved,
                                                    flags, compress_type, crc, compress_size, file_size, volume,
                                                    internal_attr, external_attr, header_offset)
        return info


def _end_record(fp):
    """The end record's fields and where it starts, or None when the file has none (not a ZIP file)."""
    fp.seek(0, io.SEEK_END)
    size = fp.tell()
    tail_start = max(size - _END.size - ZIP_MAX_COMMENT, 0)
    fp.seek(tail_start)
    tail = fp.read()
    at = tail.rfind(_END_MAGIC)
    if at < 0 or len(tail) - at < _END.size:
        return None
    fields = _END.unpack(tail[at:at + _END.size])
    comment = tail[at + _END.size:at + _END.size + fields[-1]]
    return fields, comment, tail_start + at


def is_zipfile(filename):
    """True when {filename} (a path or a file object) has a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipExtFile(io.BufferedIOBase):
    """A member's data as it is read: inflated when deflated, its CRC checked at the end."""

    _CHUNK = 1 << 16

    def __init__(self, fileobj, mode, info, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = info
        self.mode = mode
        self.name = info.filename
        self._left = info.compress_size
        self._decompressor = zlib.decompressobj(-15) if info.compress_type == ZIP_DEFLATED else None
        self._crc = 0
        self._buffer = b""
        self._eof = False
        self._offset = 0
        self._start = fileobj.tell()

    def __repr__(self):
        if self.closed:
            return f"<{type(self).__module__}.{type(self).__qualname__} [closed]>"
        kind = _COMPRESSOR_NAMES.get(self._info.compress_type, self._info.compress_type)
        return f"<{type(self).__module__}.{type(self).__qualname__} name={self.name!r} mode={self.mode!r} compress_type={kind}>"

    def readable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return self._fileobj.seekable()

    def _more(self):
        """The next decompressed chunk; b"" at the end, once the CRC has been checked."""
        while not self._eof:
            if self._decompressor is not None and self._decompressor.unconsumed_tail:
                raw = self._decompressor.unconsumed_tail
            else:
                raw = self._fileobj.read(min(self._left, self._CHUNK))
                self._left -= len(raw)
                if not raw and self._left > 0:
                    raise EOFError
            if self._decompressor is None:
                data = raw
                self._eof = self._left == 0
            else:
                data = self._decompressor.decompress(raw, self._CHUNK)
                self._eof = self._decompressor.eof or self._left == 0 and not self._decompressor.unconsumed_tail
            self._crc = zlib.crc32(data, self._crc)
            if self._eof and self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if data:
                return data
        return b""

    def _fill(self, size):
        while size < 0 or len(self._buffer) < size:
            data = self._more()
            if not data:
                break
            self._buffer += data

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        self._offset += len(data)
        return data

    def read(self, n=-1):
        self._checkClosed()
        if n is None or n < 0:
            self._fill(-1)
            return self._take(len(self._buffer))
        self._fill(n)
        return self._take(n)

    def read1(self, n=-1):
        self._checkClosed()
        if not self._buffer:
            self._fill(1)
        return self._take(len(self._buffer) if n is None or n < 0 else n)

    def peek(self, n=1):
        self._checkClosed()
        self._fill(min(n, 512))
        return self._buffer[:512]

    def readline(self, limit=-1):
        self._checkClosed()
        if limit is None:
            limit = -1
        end = self._buffer.find(b"\n")
        while end < 0 and (limit < 0 or len(self._buffer) < limit):
            searched = len(self._buffer)
            self._fill(searched + io.DEFAULT_BUFFER_SIZE)
            if len(self._buffer) == searched:
                break
            end = self._buffer.find(b"\n", searched)
        n = len(self._buffer) if end < 0 else end + 1
        return self._take(n if limit < 0 else min(n, limit))

    def tell(self):
        self._checkClosed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        """Forward by reading on; backward by reading again from the member's start."""
        self._checkClosed()
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            offset += self._info.file_size
        elif whence != io.SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        offset = max(0, min(offset, self._info.file_size))
        if offset < self._offset:
            self._fileobj.seek(self._start)
            self.__init__(self._fileobj, self.mode, self._info, self._close_fileobj)
        self.read(offset - self._offset)
        return self._offset

    def close(self):
        try:
            if self._close_fileobj and not self.closed:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written: its data compressed into the archive, its header completed on close."""

    def __init__(self, zipfile, info):
        self._zipfile = zipfile
        self._info = info
        self._fileobj = zipfile.fp
        self._compressor = (zlib.compressobj(-1 if info._compresslevel is None else info._compresslevel,
                                             zlib.DEFLATED, -15) if info.compress_type == ZIP_DEFLATED else None)
        self._crc = 0
        self._file_size = 0
        self._compress_size = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        n = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        self._file_size += n
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._fileobj.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
            info = self._info
            info.CRC, info.file_size, info.compress_size = self._crc, self._file_size, self._compress_size
            if info.flag_bits & _DESCRIPTOR_FLAG:
                self._fileobj.write(struct.pack("<4sLLL", b"PK\x07\x08", info.CRC, info.compress_size, info.file_size))
                self._zipfile.start_dir = info.header_offset + len(info._local_header()) + info.compress_size + 16
            else:
                # the header goes back in with the sizes and CRC now known
                end = self._fileobj.tell()
                self._fileobj.seek(info.header_offset)
                self._fileobj.write(info._local_header())
                self._fileobj.seek(end)
                self._zipfile.start_dir = end
            self._zipfile._add(info)
        finally:
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive opened to read ('r'), write ('w', 'x') or add to ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._lock = threading.RLock()
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = False
            self.filename = file
            file_mode = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}[mode]
            try:
                self.fp = io.open(file, file_mode)
            except FileNotFoundError:
                if mode != "a":
                    raise
                self.fp = io.open(file, "w+b")
        else:
            self._filePassed = True
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_directory()
            elif mode in ("w", "x"):
                self._modified = True
                self.start_dir = self.fp.tell() if self._seekable() else 0
            else:
                self._open_to_append()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def _seekable(self):
        try:
            return self.fp.seekable()
        except (AttributeError, OSError):
            return False

    def _open_to_append(self):
        """Members are added where the central directory was (at the end of a file that is not a ZIP)."""
        try:
            self._read_directory()
            self.fp.seek(self.start_dir)
        except BadZipFile:
            self.fp.seek(0, io.SEEK_END)
            self.start_dir = self.fp.tell()
            self._modified = True

    def _read_directory(self):
        found = _end_record(self.fp)
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, self._comment, end_at = found
        directory_size, directory_offset = fields[5], fields[6]
        # an archive with data before it (a self-extractor) has every offset shifted by that much
        concat = end_at - directory_size - directory_offset
        self.start_dir = directory_offset + concat
        self.fp.seek(self.start_dir)
        directory = io.BytesIO(self.fp.read(directory_size))
        while directory.tell() < directory_size:
            record = directory.read(_CENTRAL.size)
            if len(record) != _CENTRAL.size or record[:4] != _CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            info = ZipInfo._from_central(record, directory, self.metadata_encoding)
            info.header_offset += concat
            self._add(info)

    def _add(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = [f"<{type(self).__module__}.{type(self).__qualname__}"]
        if self.fp is None:
            result.append(" [closed]")
        else:
            if self._filePassed:
                result.append(" file=%r" % self.fp)
            elif self.filename is not None:
                result.append(" filename=%r" % self.filename)
            result.append(" mode=%r" % self.mode)
        return "".join(result) + ">"

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._modified = True

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd

    # ---- reading ----

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as member:
            return member.read()

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object reading a member, or (mode 'w') writing a new one."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(info)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        with self._lock:
            # each reader gets its own file object when the archive is a path, so readers do not share a position
            if self.mode != "r":
                self.fp.flush()
            fp = io.open(self.filename, "rb") if not self._filePassed else self.fp
            fp.seek(info.header_offset)
            header = fp.read(_LOCAL.size)
            if len(header) != _LOCAL.size or header[:4] != _LOCAL_MAGIC:
                raise BadZipFile("Bad magic number for file header")
            fields = _LOCAL.unpack(header)
            flags, name_length, extra_length = fields[3], fields[-2], fields[-1]
            raw_name = fp.read(name_length)
            fp.read(extra_length)
            if flags & 0x1:
                raise NotImplementedError("That compression method is not supported")
            encoding = "utf-8" if flags & _UTF8_FLAG else self.metadata_encoding or "cp437"
            if raw_name.decode(encoding) != info.orig_filename:
                raise BadZipFile("File name in directory %r and header %r differ." % (info.orig_filename, raw_name))
            _check_compression(info.compress_type)
            if self._filePassed:
                # the member is read whole now, as the caller's file is shared
                data = io.BytesIO(fp.read(info.compress_size))
                return ZipExtFile(data, mode, info)
            return ZipExtFile(fp, mode, info, close_fileobj=True)

    def _open_to_write(self, info):
        if self.mode == "r":
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        _check_compression(info.compress_type)
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0 if self._seekable() else _DESCRIPTOR_FLAG
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        if self._seekable():
            self.fp.seek(self.start_dir)
        info.header_offset = self.start_dir
        self._modified = True
        self.fp.write(info._local_header())
        self._writing = True
        return _ZipWriteFile(self, info)

    # ---- writing ----

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Puts the file or directory {filename} in the archive, as {arcname}."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, "w") as dest:
            shutil.copyfileobj(source, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Puts {data} (bytes, or str written as UTF-8) in the archive under a name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            info.external_attr = (0o40775 << 16 | 0x10) if info.filename[-1] == "/" else 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock, self.open(info, "w") as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """A directory member: a name ending in "/", no data."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name if zinfo_or_directory_name.endswith("/") else zinfo_or_directory_name + "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self.mode == "r":
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            if not self.fp:
                raise ValueError("Attempt to write to ZIP archive that was already closed")
            info.compress_size = info.file_size = info.CRC = 0
            info.compress_type = ZIP_STORED
            if self._seekable():
                self.fp.seek(self.start_dir)
            info.header_offset = self.start_dir
            self.fp.write(info._local_header())
            self.start_dir += len(info._local_header())
            self._modified = True
            self._add(info)

    # ---- extraction ----

    def extract(self, member, path=None, pwd=None):
        """Writes one member under {path} (default: the working directory); returns the path written."""
        return self._extract(member, os.getcwd() if path is None else os.fspath(path))

    def extractall(self, path=None, members=None, pwd=None):
        target = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract(member, target)

    def _extract(self, member, target):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # absolute names and ".." parts are dropped, so nothing lands outside the target
        name = os.path.splitdrive(info.filename.replace("/", os.sep))[1]
        name = os.sep.join(part for part in name.split(os.sep) if part not in ("", os.curdir, os.pardir))
        path = os.path.normpath(os.path.join(target, name))
        parent = os.path.dirname(path)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(path):
                os.mkdir(path)
            return path
        with self.open(info) as source, open(path, "wb") as out:
            shutil.copyfileobj(source, out)
        return path

    # ---- closing ----

    def close(self):
        """Writes the central directory when the archive changed, and closes the file if it opened it."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._modified:
                with self._lock:
                    self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_directory(self):
        if self._seekable():
            self.fp.seek(self.start_dir)
        records = b"".join(info._central_record() for info in self.filelist)
        count = len(self.filelist)
        if count > 0xFFFF or self.start_dir > 0xFFFFFFFF:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        self.fp.write(records)
        self.fp.write(_END.pack(_END_MAGIC, 0, 0, count, count, len(records), self.start_dir, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def __del__(self):
        self.close()
