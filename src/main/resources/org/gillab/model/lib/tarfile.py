"""Read and write tar archives, as CPython 3.11's tarfile module does (mirrors Lib/tarfile.py; written for
the model, not copied).

An archive is a sequence of 512-byte header blocks, each followed by its member's data padded to a
block, ended by two zero blocks and padded to a 10240-byte record. Three header formats: USTAR (names
split at a slash into a 155-byte prefix and a 100-byte name), GNU (longer names and link names in
"././@LongLink" members before the header) and PAX (the default: "././@PaxHeader" members of
"length keyword=value" records for what USTAR cannot hold). Archives may be gzip, bzip2 or xz
compressed; "r:*" tries each in turn. Archives written for the same members are byte for byte CPython's.

Left out: sparse members are read as plain files (their holes are not restored), "|" stream modes read
the whole stream into memory before reading it as an archive, user and group names are not looked up
(the model has no pwd or grp module), and gettarinfo() does not set TarInfo.tarfile (the archive's members
would hold the archive in a cycle, which the model, without a cycle collector, never frees).
"""

# CPython imports the compression modules when an archive first needs them; the model imports them here:
# threads opening their first compressed archives at once could otherwise meet a half-imported gzip
import builtins
import bz2
import copy
import gzip
import io
import lzma
import os
import re
import shutil
import stat
import struct
import sys
import time
import zlib

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError", "StreamError",
           "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter", "FilterError",
           "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()

symlink_exception = (AttributeError, NotImplementedError, OSError)


# ---- header fields ----

def stn(s, length, encoding, errors):
    """A string field: encoded, cut or NUL-padded to {length}."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    s = s.encode(encoding, errors)
    return s[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """The string in a NUL-terminated field."""
    return s.split(NUL, 1)[0].decode(encoding, errors)


def nti(s):
    """A number field: octal digits, or GNU's base-256 (first byte 0o200, or 0o377 for a negative number)."""
    if s[0] in (0o200, 0o377):
        n = int.from_bytes(s[1:], "big")
        return n - 256 ** (len(s) - 1) if s[0] == 0o377 else n
    try:
        return int(nts(s, "ascii", "strict").strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number field of {digits} bytes: octal and a NUL; base-256 in the GNU format when octal is too short."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        lead = 0o200 if n >= 0 else 0o377
        return bytes([lead]) + (n % 256 ** (digits - 1)).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksums, unsigned and signed (some old tars summed signed chars), the checksum
    field counted as spaces."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def _blocks(count):
    """{count} rounded up to whole blocks."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _padded(data):
    return data + NUL * (_blocks(len(data)) - len(data))


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies {length} bytes (all, if None), raising {exception} if {src} ends first."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    while length > 0:
        buf = src.read(min(bufsize, length))
        if not buf:
            raise exception("unexpected end of data")
        dst.write(buf)
        length -= len(buf)


def _safe_print(s):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


# ---- exceptions ----

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination")


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would link to {path!r}, which is outside the destination")


# ---- extraction filters (PEP 706, in 3.11.4 and later) ----

def _outside(path, dest_path):
    return os.path.commonpath([path, dest_path]) != dest_path


def _filtered_attrs(member, dest_path, for_data):
    """The attributes the "tar" filter (or, {for_data}, the "data" filter) changes, or raises what it refuses."""
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(("/", os.sep)):
        name = new_attrs["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if _outside(target_path, dest_path):
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode &= 0o755  # no high bits (setuid...), no group or other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111  # executable for all only if executable for the owner
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None  # the system's defaults
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs["mode"] = mode
    if for_data:
        for owner in ("uid", "gid", "uname", "gname"):
            if getattr(member, owner) is not None:
                new_attrs[owner] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            start = os.path.join(dest_path, os.path.dirname(name)) if member.issym() else dest_path
            target_path = os.path.realpath(os.path.join(start, member.linkname))
            if _outside(target_path, dest_path):
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _filtered_attrs(member, dest_path, False)
    return member.replace(**new_attrs, deep=False) if new_attrs else member


def data_filter(member, dest_path):
    new_attrs = _filtered_attrs(member, dest_path, True)
    return member.replace(**new_attrs, deep=False) if new_attrs else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}

_KEEP = object()


# ---- a member's data as a file ----

class _FileInFile:
    """{size} bytes of {fileobj} from {offset}, as a raw file."""

    def __init__(self, fileobj, offset, size):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = getattr(fileobj, "name", None)
        self.closed = False

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = min(max(target, 0), self.size)
        return self.position

    def read(self, size=None):
        size = self.size - self.position if size is None or size < 0 else min(size, self.size - self.position)
        if size <= 0:
            return b""
        self.fileobj.seek(self.offset + self.position)
        data = self.fileobj.read(size)
        if len(data) != size:
            raise ReadError("unexpected end of data")
        self.position += size
        return data

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    """A member's data, read from the archive."""

    def __init__(self, tarfile, tarinfo):
        super().__init__(_FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size))


# ---- members ----

class TarInfo:
    """A member of an archive: its header's fields. TarFile's getmember(), getmembers() and gettarinfo()
    make them; addfile() writes one."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP, gid=_KEEP, uname=_KEEP,
                gname=_KEEP, deep=True):
        """A copy with the given attributes changed (its pax_headers copied too unless {deep} is false)."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attribute, value in (("name", name), ("mtime", mtime), ("mode", mode), ("linkname", linkname),
                                 ("uid", uid), ("gid", gid), ("uname", uname), ("gname", gname)):
            if value is not _KEEP:
                setattr(result, attribute, value)
        return result

    def get_info(self):
        """The header's fields as a dict (a directory's name ends with a slash)."""
        mode = None if self.mode is None else self.mode & 0o7777
        info = {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks in {format}."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        longs = b""
        for field, type, length in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK), ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[field].encode(encoding, errors)) > length:
                longs += self._create_gnu_long_header(info[field], type, encoding, errors)
        return longs + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A USTAR header, after a pax header of what it cannot hold: non-ASCII or long strings, numbers
        too large for their field, and float times (rounded in the USTAR header)."""
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, keyword, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword not in pax_headers and (not info[name].isascii() or len(info[name]) > length):
                pax_headers[keyword] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[name]
            rounded = round(value) if isinstance(value, float) else value
            fits = 0 <= rounded < 8 ** (digits - 1)
            info[name] = rounded if fits else 0
            if (not fits or isinstance(value, float)) and name not in pax_headers:
                pax_headers[name] = str(value)
        extended = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding) if pax_headers else b""
        return extended + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """A long name split at its first slash that leaves a prefix and a name that fit."""
        components = name.split("/")
        for i in range(1, len(components)):
            prefix, rest = "/".join(components[:i]), "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and len(rest.encode(encoding, errors)) <= LENGTH_NAME:
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One header block of the fields in {info}, its checksum filled in."""
        if info.get("type") in (CHRTYPE, BLKTYPE):
            devices = itn(info.get("devmajor", 0), 8, format) + itn(info.get("devminor", 0), 8, format)
        else:
            devices = stn("", 8, encoding, errors) * 2
        filetype = info.get("type", REGTYPE)
        if filetype is None:
            raise ValueError("TarInfo.type must not be None")
        header = b"".join([
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b" " * 8,
            filetype,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devices,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]).ljust(BLOCKSIZE, NUL)[:BLOCKSIZE]
        checksum = calc_chksums(header)[0]
        return header[:148] + b"%06o\0" % checksum + header[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + _padded(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header member: records "LENGTH keyword=value\\n", LENGTH counting its own digits. A value
        that is not UTF-8 (surrogate-escaped bytes) makes the records binary, announced by hdrcharset."""
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for keyword, value in pax_headers.items():
            record = b" " + keyword.encode("utf-8") + b"=" + (
                value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")) + b"\n"
            length = len(record)
            while len(str(length)) + len(record) != length:
                length = len(str(length)) + len(record)
            records += str(length).encode("ascii") + record
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + _padded(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo of one header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE  # old V7 tars mark a directory by the slash only
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of {tarfile}, read from its current position."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + (self._block(self.size) if self._has_data() else 0)
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _has_data(self):
        return self.isreg() or self.type not in SUPPORTED_TYPES

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        """A GNU long name or long link member: its data names the member that follows."""
        buf = tarfile.fileobj.read(self._block(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        value = nts(buf, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            following.name = value
        else:
            following.linkname = value
        if following.isdir():
            following.name = following.name.rstrip("/")
        return following

    def _proc_pax(self, tarfile):
        """A pax header: its records apply to the member that follows (or, global, to all that follow)."""
        buf = tarfile.fileobj.read(self._block(self.size))
        pax_headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        charset = re.search(rb"\d+ hdrcharset=([^\n]+)\n", buf)
        if charset is not None:
            pax_headers["hdrcharset"] = charset.group(1).decode("utf-8")
        encoding = tarfile.encoding if pax_headers.get("hdrcharset") == "BINARY" else "utf-8"
        pos = 0
        while match := re.compile(rb"(\d+) ([^=]+)=").match(buf, pos):
            length = int(match.group(1))
            if length == 0:
                raise InvalidHeaderError("invalid header")
            value = buf[match.end():pos + length - 1]
            keyword = match.group(2).decode("utf-8")
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(value, encoding, tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(value, "utf-8", "utf-8", tarfile.errors)
            pax_headers[keyword] = value
            pos += length
        following = self._next_header(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(pax_headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in pax_headers:
                tarfile.offset = following.offset_data + (
                    following._block(following.size) if following._has_data() else 0)
        return following

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        return _blocks(count)

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# ---- archives ----

def _compressed_file(comptype, name, mode, fileobj, level):
    """The gzip, bzip2 or xz file an archive of {comptype} is read from or written to."""
    if comptype == "gz":
        return gzip.GzipFile(name, mode + "b", 9 if level is None else level, fileobj)
    if comptype == "bz2":
        return bz2.BZ2File(fileobj or name, mode, compresslevel=9 if level is None else level)
    return lzma.LZMAFile(fileobj or name, mode, preset=level)


class TarFile:
    """An archive open for reading ("r"), writing ("w", "x") or appending ("a")."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = builtins.open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        for attribute, value in (("format", format), ("tarinfo", tarinfo), ("dereference", dereference),
                                 ("ignore_zeros", ignore_zeros), ("encoding", encoding), ("debug", debug),
                                 ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attribute, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                self._skip_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Appending: reads the members there are, to write after the last."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """An archive in {mode}: "r" or "r:*" (any compression), "r:", "r:gz", "r:bz2", "r:xz", "w", "w:gz",
        ..., "x..." and "a" (uncompressed); "r|..." and "w|..." for streams."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_any(name, fileobj, **kwargs)
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode or "r", fileobj, **kwargs)
        if "|" in mode:
            return cls._open_stream(name, mode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_any(cls, name, fileobj, **kwargs):
        """Each compression in turn, uncompressed last."""
        error_msgs = []
        for comptype in sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == "taropen"):
            if fileobj is not None:
                saved_pos = fileobj.tell()
            try:
                return getattr(cls, cls.OPEN_METH[comptype])(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                error_msgs.append(f"- method {comptype}: {e!r}")
                if fileobj is not None:
                    fileobj.seek(saved_pos)
        summary = "\n".join(error_msgs)
        raise ReadError(f"file could not be opened successfully:\n{summary}")

    @classmethod
    def _open_stream(cls, name, mode, fileobj, **kwargs):
        """A stream mode: reading takes the whole stream into memory (the model's simplification of
        CPython's _Stream), writing compresses as it goes, never seeking."""
        filemode, comptype = mode.split("|", 1)
        filemode = filemode or "r"
        comptype = comptype or "tar"
        if filemode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        if comptype not in cls.OPEN_METH and comptype != "*":
            raise CompressionError("unknown compression type %r" % comptype)
        if filemode == "w":
            return cls.open(name, "w:" + comptype.replace("tar", ""), fileobj, **kwargs)
        if fileobj is None:
            with builtins.open(name, "rb") as f:
                data = f.read()
        else:
            data = fileobj.read()
        return cls.open(name, "r:" + comptype, io.BytesIO(data), **kwargs)

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _compressed_open(cls, comptype, label, errors, name, mode, fileobj, level, kwargs):
        """An archive inside a compressed file; reading what is not {comptype} raises ReadError("not a {label} file")."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            compressed = _compressed_file(comptype, name, mode, fileobj, level)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError(f"not {label} file") from e
            raise
        try:
            t = cls.taropen(name, mode, compressed, **kwargs)
        except errors as e:
            compressed.close()
            if mode == "r":
                raise ReadError(f"not {label} file") from e
            raise
        except:
            compressed.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls._compressed_open("gz", "a gzip", OSError, name, mode, fileobj, compresslevel, kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls._compressed_open("bz2", "a bzip2", (OSError, EOFError), name, mode, fileobj, compresslevel, kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        return cls._compressed_open("xz", "an lzma", (lzma.LZMAError, EOFError), name, mode, fileobj, preset, kwargs)

    def close(self):
        """Ends the archive: two zero blocks, then zeros to a whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                remainder = self.offset % RECORDSIZE
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        tarinfo = self._getmember(name.rstrip("/"))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo of the file {name} (or {fileobj}), named {arcname} in the archive; None for a socket."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        if fileobj is not None:
            statres = os.fstat(fileobj.fileno())
        else:
            statres = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            inode = (statres.st_ino, statres.st_dev)
            if not self.dereference and statres.st_nlink > 1 and inode in self.inodes and arcname != self.inodes[inode]:
                type, linkname = LNKTYPE, self.inodes[inode]  # a hard link to a file already in the archive
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type, linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        if type in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            tarinfo.devmajor = os.major(statres.st_rdev)
            tarinfo.devminor = os.minor(statres.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Prints the names, or with {verbose} an "ls -l" of the members."""
        self._check()
        for tarinfo in self if members is None else members:
            if verbose:
                _safe_print("??????????" if tarinfo.mode is None else stat.filemode(tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds the file {name} (a directory with its contents, sorted, if {recursive}); {filter} may change
        each TarInfo or return None to leave the file out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if tarinfo.isreg():
            with builtins.open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Writes {tarinfo}'s header, then {tarinfo.size} bytes of {fileobj} padded to a block."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padding = _blocks(tarinfo.size) - tarinfo.size
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += _blocks(tarinfo.size)
        self.members.append(tarinfo)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for TarFile.extraction_filter. "
                                "Use a function such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extracts the members into {path}; directories get their times and modes last, deepest first."""
        directories = []
        filter_function = self._get_filter_function(filter)
        for member in self if members is None else members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath, numeric_owner=numeric_owner)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        unfiltered = tarinfo
        try:
            tarinfo = filter_function(tarinfo, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if tarinfo is None:
            self._dbg(2, "tarfile: Excluded %r" % unfiltered.name)
            return None
        if tarinfo.islnk():
            tarinfo = copy.copy(tarinfo)
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        return tarinfo

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name), set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A file object of a regular member's data (a link's target's); None for other members."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)  # the real mode once its contents are in (extractall)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        with builtins.open(targetpath, "wb") as target:
            copyfileobj(self.fileobj, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """A symbolic or hard link; where the system cannot make one, a copy of its target in the archive."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """As root only; the model has no pwd or grp, so owners are set by number."""
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            u = -1 if tarinfo.uid is None else tarinfo.uid
            g = -1 if tarinfo.gid is None else tarinfo.gid
            try:
                if tarinfo.issym() and hasattr(os, "lchown"):
                    os.lchown(targetpath, u, g)
                else:
                    os.chown(targetpath, u, g)
            except OSError as e:
                raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    def next(self):
        """The next member when reading, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            m, self.firstmember = self.firstmember, None
            return m
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                if isinstance(e, zlib.error):
                    raise ReadError(f"zlib error: {e}") from None
                raise
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member named {name} (before {tarinfo}, when given)."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            if name == (os.path.normpath(member.name) if normalize else member.name):
                return member
        if skipping:
            raise ValueError(tarinfo)

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(part for part in (os.path.dirname(tarinfo.name), tarinfo.linkname) if part)
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        """The members, read as the iteration reaches them."""
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # an exception: no end-of-archive blocks on a broken archive
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """Whether {name} (a path or a file object) is an archive this module can read."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
