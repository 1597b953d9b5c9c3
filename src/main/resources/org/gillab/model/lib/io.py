"""The io module of the GIL Lab model: open(), file objects, StringIO and BytesIO.

Written for the model (not copied) to behave as CPython 3.11's Modules/_io documents and does.
The raw layer, FileIO, is Java (_io), and releases the GIL around every read and write as
CPython's does around the system call; the buffered and text layers over it are Python here, the
way CPython's own pure-Python Lib/_pyio.py writes them, so reading a file line by line runs
bytecode under the GIL and each refill of the 8 KiB buffer blocks without it.

Deliberate differences: tell() on a text file is the byte offset (CPython's cookie also packs the
decoder's state, which the model keeps apart); file descriptors are the model's own numbers.
"""

import atexit
import sys
import weakref
import _io
from _bisect import bisect_left as _bisect_left
from _c_frames import hide_module as _hide_module
from _typeobject import tp_name as _tp_name, set_tp_name as _set_tp_name
from _io import DEFAULT_BUFFER_SIZE

__all__ = ['open', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'BufferedRWPair', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _size(size):
    """A size argument, None meaning all (-1): an int or anything with __index__, as
    _Py_convert_optional_to_ssize_t takes it."""
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{_tp_name(type(size))}'")
    return size.__index__()


def _read_all(raw):
    """Everything left in a raw stream: its readall(), or read() to the end for one without, as
    _bufferedreader_read_all falls back to (a BytesIO under a BufferedReader)."""
    if hasattr(raw, "readall"):
        return raw.readall()
    chunks = []
    while True:
        chunk = raw.read()
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _given(argument):
    # How CPython's argument checks (_PyArg_BadArgument) name a wrong argument: None itself, else its type.
    return 'None' if argument is None else _tp_name(type(argument))


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """What every stream has: with, iteration by line, readlines, writelines, the closed checks."""

    # CPython's IOBase keeps a closed flag of its own: a stream class that defines neither closed
    # nor close (a BufferedIOBase subclass written in Python) gets these.
    __closed = False

    @property
    def closed(self):
        return self.__closed

    def close(self):
        # flushes once, then is closed even if the flush failed
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        # a file dropped without close() is flushed and closed, as CPython's IOBase finalizer does
        try:
            closed = self.closed
        except Exception:
            return  # unusable (a TextIOWrapper detached, say): nothing to close, as iobase_finalize ignores it
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # a stream with no buffer of its own (a raw file) reads a byte at a time, so that it never
        # consumes what comes after the line
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if b == b"\n":
                break
        return bytes(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("not writable")

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def fileno(self):
        # an object with no descriptor (StringIO, BytesIO), as IOBase.fileno says: subprocess and
        # select rely on this error
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._checkClosed()


def _writable_bytes(b, argument):
    """A "w*" argument: a bytearray, a writable mmap or memoryview, as a view of its bytes (format 'B');
    anything else gets the TypeError CPython gives an object that is not a read-write buffer
    ("readinto() argument")."""
    mmap = sys.modules.get('mmap')  # a program that never imported mmap has no mmap to pass
    is_map = mmap is not None and isinstance(b, mmap.mmap)
    if isinstance(b, (bytearray, memoryview)) or is_map:
        view = memoryview(b)
        if not view.readonly:
            return view.cast('B')
        view.release()
    raise TypeError(f"{argument} must be read-write bytes-like object, not {_given(b)}")


def _contiguous(b):
    """A bytes-like argument as PyBUF_SIMPLE takes it: a memoryview must view adjacent bytes."""
    if isinstance(b, memoryview) and not b.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return b


def _readinto(b, read, method):
    """readinto(b) and readinto1(b) over read or read1: fills the front of b, returns how much it filled."""
    with _writable_bytes(b, f"{method}() argument") as view:
        data = read(len(view))
        n = len(data)
        view[:n] = data
    return n


class RawIOBase(IOBase):
    pass


class FileIO(_io.FileIO, RawIOBase):
    """The raw file: _io's reads and writes, with what every stream has (with, line iteration), as
    CPython's FileIO inherits them from its raw base class."""

    __module__ = '_io'

    def readinto(self, b):
        # one read of at most len(b) bytes, as fileio's readinto is one read(2) into the buffer
        return _readinto(b, self.read, 'readinto')


class BufferedIOBase(IOBase):
    # what a stream that does not read or write says (bufferediobase_unsupported)
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def readinto(self, b):
        return _readinto(b, self.read, 'readinto')

    def readinto1(self, b):
        return _readinto(b, self.read1, 'readinto1')


class TextIOBase(IOBase):
    # what a text stream says of itself until a subclass knows better: None (_io._TextIOBase's getters)
    encoding = property(lambda self: None)
    errors = property(lambda self: None)
    newlines = property(lambda self: None)


def _cannot_pickle(self, protocol):
    # what _io's buffered files and text wrappers answer pickle and copy: the open file cannot travel
    raise TypeError(f"cannot pickle {_tp_name(type(self))!r} object")


class _Buffered(BufferedIOBase):
    """A raw file behind a buffer (Modules/_io/bufferedio.c): what readers and writers share. _Reading
    adds the read-ahead buffer's methods and _Writing the write buffer's, so that a BufferedReader has
    no write() of its own and a BufferedWriter no read(), as CPython's types have not: BufferedIOBase's
    say UnsupportedOperation."""

    __module__ = '_io'
    __reduce_ex__ = _cannot_pickle

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self._size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        if raw.writable():
            _writers.add(self)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _check_open(self, operation):
        # bufferedio.c's CHECK_CLOSED: the message names what was tried
        if self.raw.closed:
            raise ValueError(f"{operation} of closed file")

    def _unread(self):
        return len(self._rbuf) - self._rpos

    def _flush_writes(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf.clear()
            self.raw.write(data)

    def flush(self):
        # a reader's: the raw file's flush (_io__Buffered_simple_flush)
        self._checkClosed()
        self._flush_writes()

    def tell(self):
        return self.raw.tell() - self._unread() + len(self._wbuf)

    def seek(self, pos, whence=SEEK_SET):
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError(f"whence value {whence} unsupported")
        self._check_open("seek")
        self._flush_writes()
        if whence == SEEK_CUR:
            pos -= self._unread()
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        # every buffered type has one (closed checked first), which only a writer's may use
        self._check_open("truncate")
        if not self.writable():
            raise UnsupportedOperation("truncate")
        if pos is None:
            pos = self.tell()
        self.seek(self.tell())
        return self.raw.truncate(pos)

    def close(self):
        if self.raw.closed:
            return
        try:
            self._flush_writes()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def __repr__(self):
        # buffered_repr: the type's tp_name (dotted for _io's own classes, bare for a program's
        # subclass), and the name only when the raw file has one
        cls = type(self)
        type_name = _tp_name(cls)
        name = _optional_attribute(self, 'name')
        return f"<{type_name}>" if name is None else f"<{type_name} name={name!r}>"


class _Reading(_Buffered):
    """The read-ahead buffer's methods: BufferedReader's and BufferedRandom's."""

    def readable(self):
        return self.raw.readable()

    def _take(self, n):
        data = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(data)
        return data

    def _fill(self):
        """Reads the next chunk from the raw file (without the GIL); False at end of file."""
        chunk = self.raw.read(self._size)
        if not chunk:
            return False
        self._rbuf = self._rbuf[self._rpos:] + chunk
        self._rpos = 0
        return True

    def read(self, size=-1):
        size = _size(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._check_open("read")
        self._checkReadable()
        self._flush_writes()
        if size < 0:
            data = self._take(self._unread()) + _read_all(self.raw)
            self._rbuf = b""
            self._rpos = 0
            return data
        while self._unread() < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_open("read")
        self._checkReadable()
        if not self._unread():
            self._fill()
        return self._take(self._unread() if size is None or size < 0 else size)

    def readinto(self, b):
        self._check_open("readinto")
        return super().readinto(b)

    def peek(self, size=0):
        self._check_open("peek")
        if not self._unread():
            self._fill()
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        size = _size(size)
        self._check_open("readline")
        self._checkReadable()
        self._flush_writes()
        while True:
            end = self._rbuf.find(b"\n", self._rpos)
            if end >= 0:
                n = end + 1 - self._rpos
                return self._take(n if size < 0 else min(n, size))
            if 0 <= size <= self._unread() or not self._fill():
                return self._take(self._unread() if size < 0 else size)


class _Writing(_Buffered):
    """The write buffer's methods: BufferedWriter's and BufferedRandom's."""

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        if self.raw.closed:
            raise ValueError("write to closed file")
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._unread():
            self.raw.seek(-self._unread(), SEEK_CUR)
        self._rbuf = b""
        self._rpos = 0
        self._wbuf += _contiguous(b)
        if len(self._wbuf) >= self._size:
            self._flush_writes()
        return len(b)

    def flush(self):
        self._check_open("flush")
        self._flush_writes()



def _optional_attribute(stream, attribute):
    """An attribute the repr of a stream shows if it can: None when getting it raises AttributeError or
    ValueError (a raw stream without a name, a closed one), as the reprs of _io's classes skip it."""
    try:
        return getattr(stream, attribute)
    except (AttributeError, ValueError):
        return None


# Buffered writers still open: flushed at exit, as CPython's finalization of module globals flushes
# and closes a file a program never closed; the text wrappers over them first hand their held-back text over.
_writers = weakref.WeakSet()
_text_writers = weakref.WeakSet()


@atexit.register
def _flush_writers():
    for text in list(_text_writers):
        try:
            text._hand_over()
        except Exception:
            pass
    for writer in list(_writers):
        try:
            writer.close()
        except Exception:
            pass


class BufferedReader(_Reading):
    __module__ = '_io'


class BufferedWriter(_Writing):
    __module__ = '_io'


class BufferedRandom(_Reading, _Writing):
    __module__ = '_io'


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer that are not one seekable file, as a socket's two directions."""

    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


_DIRECT = ('utf-8', 'utf8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1')


class _DirectEncoder:
    """The encoder of an encoding str.encode codes without state (UTF-8, ASCII, Latin-1): textio.c writes
    those with the codec's C function, where any other goes through the codec's incremental encoder."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors

    def encode(self, text, final=False):
        return text.encode(self.encoding, self.errors)

    def getstate(self):
        return 0

    def setstate(self, state):
        pass

    def reset(self):
        pass


def _text_codec(encoding):
    """The registry's codec for {encoding}, which must be a text encoding (textio.c's check)."""
    import codecs
    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
    return info


def _end_of_line(text, start, newline, complete):
    """Where the line of {text} from {start} ends under the newline= rule: at "\n" for None (text already
    translated) and "\n", at any of "\r", "\n" and "\r\n" for "", at the string itself otherwise. -1 when
    no line ends there, or when a last "\r" may be half of a "\r\n" and more text may come ({complete} false)."""
    if newline is None or newline == "\n":
        i = text.find("\n", start)
        return -1 if i < 0 else i + 1
    if newline:
        i = text.find(newline, start)
        return -1 if i < 0 else i + len(newline)
    n = text.find("\n", start)
    r = text.find("\r", start)
    if r < 0:
        return -1 if n < 0 else n + 1
    if 0 <= n < r:
        return n + 1
    if r + 1 < len(text):
        return r + 2 if text[r + 1] == "\n" else r + 1
    return r + 1 if complete else -1


# newlines once universal-newline reading has seen the kinds of bits 1 ("\n"), 2 ("\r") and 4 ("\r\n"), as
# textio.c's IncrementalNewlineDecoder reports them
_NEWLINES_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))


def _newline_kinds(text):
    crlf = text.count("\r\n")
    return (text.count("\n") > crlf) | (text.count("\r") > crlf) << 1 | (crlf > 0) << 2


# How much encoded text a TextIOWrapper holds back before it writes to its buffer (textio.c's chunk_size).
_CHUNK_SIZE = 8192


def _encoding_named(encoding):
    # None and "locale" mean the model's locale encoding (locale.getpreferredencoding(False))
    return "UTF-8" if encoding is None or encoding == "locale" else encoding


def _check_newline(newline):
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")


def _as_flag(value):
    """A line_buffering or write_through argument: an integer's truth, as textio.c's convert_optional_bool
    reads it with PyLong_AsLong."""
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{_tp_name(type(value))}' object cannot be interpreted as an integer")
    return bool(value.__index__())


_RECONFIGURE_KEYWORDS = ("encoding", "errors", "newline", "line_buffering", "write_through")


def _reconfigured(settings, has_read_ahead, flush, /, *args, **kwargs):
    """The settings (encoding, errors, newline, line_buffering, write_through) a text stream with {settings}
    has after reconfigure(*args, **kwargs), checked in the order of textio.c's
    _io_TextIOWrapper_reconfigure_impl, {flush} called before anything changes. TextIOWrapper's and the
    model's sys.stdin, sys.stdout and sys.stderr (Java StdStream) share it."""
    if args:
        raise TypeError("reconfigure() takes no positional arguments")
    for keyword in kwargs:
        if keyword not in _RECONFIGURE_KEYWORDS:
            raise TypeError(f"'{keyword}' is an invalid keyword argument for reconfigure()")
    encoding, errors, newline, line_buffering, write_through = settings
    new_encoding = kwargs.get("encoding")
    new_errors = kwargs.get("errors")
    for name in ("encoding", "errors", "newline"):
        value = kwargs.get(name)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"reconfigure() argument '{name}' must be str or None, not {_tp_name(type(value))}")
    if has_read_ahead and (new_encoding is not None or new_errors is not None or "newline" in kwargs):
        raise UnsupportedOperation("It is not possible to set the encoding or newline of stream after the first read")
    if "newline" in kwargs:
        newline = kwargs["newline"]
        _check_newline(newline)
    if kwargs.get("line_buffering") is not None:
        line_buffering = _as_flag(kwargs["line_buffering"])
    if kwargs.get("write_through") is not None:
        write_through = _as_flag(kwargs["write_through"])
    flush()
    if new_encoding is not None:
        # a new encoding starts from strict errors unless it names its own (textiowrapper_change_encoding)
        encoding, errors = _encoding_named(new_encoding), new_errors or "strict"
        _text_codec(encoding)
    elif new_errors is not None:
        errors = new_errors
    return encoding, errors, newline, line_buffering, write_through


def _std_stream_text(text, encoding, errors):
    """What the model's sys.stdout or sys.stderr shows of {text} once reconfigure() chose an encoding other
    than UTF-8: what that encoding can code, {errors} deciding the rest (strict: the UnicodeEncodeError
    CPython raises), decoded again since the model's streams carry text, not bytes."""
    return text.encode(encoding, errors).decode(encoding, "replace")


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, encoding and newlines (Modules/_io/textio.c)."""

    __module__ = '_io'
    __reduce_ex__ = _cannot_pickle

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"TextIOWrapper() argument '{name}' must be str or None, not {_tp_name(type(value))}")
        _check_newline(newline)
        self.buffer = buffer
        self._set_encoding(encoding, errors)
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._unwritten = []       # encoded text not yet handed to the buffer (textio.c's pending_bytes)
        self._unwritten_size = 0
        if buffer.writable():
            _text_writers.add(self)
        self._pending = ""          # text decoded ahead of what was read
        self._taken = 0             # how much text was read since the last seek
        self._crlf_ends = []        # where, counted as _taken counts, a "\n" read ahead was a "\r\n"
        self._held_cr = False
        self._seen_newlines = 0
        self._eof = False

    def _set_encoding(self, encoding, errors):
        """Codes text with {encoding} from here on, None or "locale" meaning the model's locale encoding."""
        encoding = _encoding_named(encoding)
        if errors is None:
            errors = "strict"
        if encoding.lower().replace('_', '-') in _DIRECT:
            self._encoder = _DirectEncoder(encoding, errors)
        else:
            self._encoder = _text_codec(encoding).incrementalencoder(errors)
        self._decoder = None  # the codec's incremental decoder, made by the first read
        self._encoding = encoding
        self._errors = errors
        buffer = self.buffer
        if buffer.seekable() and buffer.writable() and buffer.tell() != 0:
            self._encoder.setstate(0)  # not at the start: a byte order mark is already there

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    def reconfigure(self, *args, **kwargs):
        settings = (self._encoding, self._errors, self._newline, self._line_buffering, self._write_through)
        encoding, errors, self._newline, self._line_buffering, self._write_through = _reconfigured(
            settings, bool(self._pending), self.flush, *args, **kwargs)
        if (encoding, errors) != settings[:2]:
            self._set_encoding(encoding, errors)

    @property
    def newlines(self):
        self._attached()
        return _NEWLINES_SEEN[self._seen_newlines]

    def _attached(self):
        """The buffer, unless detach() took it (textio.c's CHECK_ATTACHED)."""
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self.buffer

    @property
    def name(self):
        return self._attached().name

    @property
    def closed(self):
        return self._attached().closed

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def _load(self):
        """Decodes the next chunk into the pending text; False at end of file."""
        if self._eof:
            return False
        chunk = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        self._eof = not chunk
        if self._decoder is None:
            self._decoder = _text_codec(self._encoding).incrementaldecoder(self._errors)
        text = self._decoder.decode(chunk, self._eof)
        if self._newline is None:
            if self._held_cr:
                text = "\r" + text
            self._held_cr = text.endswith("\r") and not self._eof
            if self._held_cr:
                text = text[:-1]
        if not self._newline:
            self._seen_newlines |= _newline_kinds(text)
        if self._newline is None:
            text = self._translated(text)
        self._pending += text
        return bool(chunk) or bool(text)

    def _translated(self, text):
        """{text} read with universal newlines, each "\r\n" and "\r" one "\n": where a "\r\n" became one is
        remembered, so that tell() counts both its bytes."""
        pieces = text.split("\r\n")
        position = self._taken + len(self._pending)
        for piece in pieces[:-1]:
            position += len(piece)
            self._crlf_ends.append(position)
            position += 1
        return "\n".join(piece.replace("\r", "\n") for piece in pieces)

    def _take(self, n):
        text = self._pending[:n]
        self._pending = self._pending[n:]
        self._taken += len(text)
        return text

    def read(self, size=-1):
        size = _size(size)
        self._checkClosed()
        self._checkReadable()
        self._flush_all()
        if size < 0:
            while self._load():
                pass
            return self._take(len(self._pending))
        while len(self._pending) < size and self._load():
            pass
        return self._take(size)

    def readline(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        self._flush_all()
        if size is None:
            size = -1
        while True:
            end = _end_of_line(self._pending, 0, self._newline, self._eof)
            if end >= 0:
                return self._take(end if size < 0 else min(end, size))
            if 0 <= size <= len(self._pending) or not self._load():
                return self._take(len(self._pending) if size < 0 else size)

    def write(self, s):
        self._checkClosed()
        self._checkWritable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {_given(s)}")
        if self._pending or self._undecoded():
            # what was read ahead is dropped and the buffer left where reading took it, so the text goes
            # there, past what was read (textio.c's write does not seek back)
            self._forget_read_ahead()
        text = s
        if self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        # held back until a chunk's worth, a flush, or a line or write-through asks for it, as textio.c's
        # pending_bytes are: a program reading the BytesIO under a TextIOWrapper sees nothing before then
        encoded = self._encoder.encode(text)
        if self._unwritten_size + len(encoded) > _CHUNK_SIZE:
            self._hand_over()  # what is held goes first, so that a chunk is never exceeded by joining
        self._unwritten.append(encoded)
        self._unwritten_size += len(encoded)
        line_done = self._line_buffering and ("\n" in s or "\r" in s)
        if self._unwritten_size >= _CHUNK_SIZE or line_done or self._write_through:
            self._hand_over()
        if line_done:
            self.buffer.flush()
        return len(s)

    def _hand_over(self):
        """Writes the text held back to the buffer (textio.c's _textiowrapper_writeflush)."""
        if self._unwritten:
            data = b"".join(self._unwritten)
            self._unwritten.clear()
            self._unwritten_size = 0
            self.buffer.write(data)

    def _flush_all(self):
        self._hand_over()
        self.buffer.flush()

    def _forget_read_ahead(self):
        self._pending = ""
        self._taken = 0
        self._crlf_ends.clear()
        self._held_cr = False
        self._eof = False
        if self._decoder is not None:
            self._decoder.reset()

    def _moved(self, position):
        """Forgets what was read ahead, the buffer now at byte {position}: a byte order mark is written again
        only at the start (textio.c _textiowrapper_encoder_reset)."""
        self._forget_read_ahead()
        self._seen_newlines = 0
        if position == 0:
            self._encoder.reset()
        else:
            self._encoder.setstate(0)
        return position

    def flush(self):
        self._checkClosed()
        self._flush_all()

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self._flush_all()
        return self.buffer.tell() - len(self._undecoded()) - self._read_ahead_size() - self._held_cr

    def _undecoded(self):
        """The bytes read that the decoder holds back, an incomplete character."""
        return b"" if self._decoder is None else self._decoder.getstate()[0]

    def _read_ahead_size(self):
        """The bytes the text decoded but not yet read took (no byte order mark: that one came first), a
        "\r\n" read as "\n" counting its "\r" too."""
        ends = self._crlf_ends
        del ends[:_bisect_left(ends, self._taken)]
        state = self._encoder.getstate()
        self._encoder.setstate(0)
        size = len(self._encoder.encode(self._pending + "\r" * len(ends)))
        self._encoder.setstate(state)
        return size

    def seek(self, cookie, whence=SEEK_SET):
        self._checkClosed()
        if whence == SEEK_CUR and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == SEEK_CUR:
            return self.tell()
        if cookie < 0 and whence == SEEK_SET:
            raise ValueError(f"negative seek position {cookie}")
        self._flush_all()
        return self._moved(self.buffer.seek(cookie, whence))

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def close(self):
        if not self._attached().closed:
            try:
                self._flush_all()
            finally:
                self.buffer.close()

    def detach(self):
        self._attached()
        self._flush_all()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def __repr__(self):
        # textiowrapper_repr: always _io.TextIOWrapper, with the name and mode it can get
        name = _optional_attribute(self, 'name')
        mode = _optional_attribute(self, 'mode')
        name = "" if name is None else f" name={name!r}"
        mode = "" if mode is None else f" mode={mode!r}"
        return f"<_io.TextIOWrapper{name}{mode} encoding={self._encoding!r}>"


class _Memory(IOBase):
    """What StringIO and BytesIO share: a value in memory and a position in it."""

    __module__ = '_io'

    def __init__(self, initial):
        self._value = initial
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._part(0, len(self._value))

    def _part(self, start, end):
        return self._value[start:end]

    def read(self, size=-1):
        size = _size(size)
        self._checkClosed()
        end = len(self._value) if size < 0 else min(len(self._value), self._pos + size)
        data = self._part(self._pos, end)
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        size = _size(size)
        self._checkClosed()
        end = self._line_end(self._pos)
        end = len(self._value) if end < 0 else end
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._part(self._pos, end)
        self._pos = max(self._pos, end)
        return data

    def _line_end(self, start):
        """Where the line from {start} ends, just after the first newline; -1 for none."""
        i = self._value.find(self._nl, start)
        return -1 if i < 0 else i + 1

    def write(self, s):
        self._checkClosed()
        self._check_type(s)
        n = len(s)
        if n:
            value = self._value
            pos = self._pos
            if pos > len(value):
                value += self._zero * (pos - len(value))
            self._value = value[:pos] + self._piece(s) + value[pos + n:]
            self._pos = pos + n
        return n

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._value = self._value[:size]
        return size

    def close(self):
        self._closed = True


class StringIO(_Memory, TextIOBase):
    """Text in memory (Modules/_io/stringio.c)."""

    __module__ = '_io'

    _closed_message = "I/O operation on closed file"
    _nl = "\n"
    _zero = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {_tp_name(type(initial_value))}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._seen_newlines = 0
        super().__init__(self._translate(initial_value))

    def _translate(self, s):
        if not self._newline:
            self._seen_newlines |= _newline_kinds(s)
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{_tp_name(type(s))}'")

    def _line_end(self, start):
        return _end_of_line(self._value, start, self._newline, True)

    def _piece(self, s):
        return self._translate(s)

    def write(self, s):
        self._check_type(s)
        n = len(s)
        super().write(s)
        return n

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == SEEK_SET:
            raise ValueError(f"Negative seek position {pos}")
        if pos != 0 and whence != SEEK_SET:
            raise OSError("Can't do nonzero cur-relative seeks")
        return super().seek(pos, whence)

    def truncate(self, size=None):
        if size is not None and size < 0:
            raise ValueError(f"Negative size value {size}")
        return super().truncate(size)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self._seen_newlines]

    def __repr__(self):
        return object.__repr__(self)


class BytesIO(_Memory, BufferedIOBase):
    """Bytes in memory (Modules/_io/bytesio.c)."""

    __module__ = '_io'

    _closed_message = "I/O operation on closed file."
    _nl = b"\n"
    _zero = b"\0"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b"")

    def _check_type(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        _contiguous(b)

    def _piece(self, b):
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        # A view that reads and writes the stream's bytes in place: they move into a bytearray, which
        # the view pins (the view's obj is that bytearray, where CPython's is an _io._BytesIOBuffer).
        self._checkClosed()
        if not isinstance(self._value, bytearray):
            self._value = bytearray(self._value)
        return memoryview(self._value)

    def _part(self, start, end):
        return bytes(self._value[start:end])

    def _check_exports(self):
        # bytesio.c's CHECK_EXPORTS: while a getbuffer() view lives, nothing may change the bytes' size,
        # not even a write that would keep it.
        if _io._exported(self._value):
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def write(self, b):
        self._checkClosed()
        self._check_exports()
        return super().write(b)

    def truncate(self, size=None):
        self._checkClosed()
        self._check_exports()
        return super().truncate(size)

    def close(self):
        self._check_exports()
        super().close()

    def __repr__(self):
        return object.__repr__(self)


# _io's classes are C static types: messages and reprs name them by their tp_name, '_io.StringIO'
# (a program's subclass by its own name), while their __name__ is 'StringIO'. They live in _io, where
# pickle looks a class up by its __module__ ('_io').
for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper, StringIO, BytesIO):
    _set_tp_name(_cls, '_io.' + _cls.__name__)
    setattr(_io, _cls.__name__, _cls)
del _cls, _set_tp_name


# The model has no file descriptors of its own: os.open opens a FileIO (or, for a directory, an
# os._Directory) and files it here under its fileno(), so that os.read, os.write, os.close, os.fchdir
# and open(fd) can find it.
_descriptor_files = {}


def _fspath(file):
    if isinstance(file, str):
        return file
    if isinstance(file, bytes):
        return file.decode()
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        return _fspath(fspath(file))
    if isinstance(file, int):
        raise UnsupportedOperation("the model cannot open a file descriptor; open the file by its path")
    # PyOS_FSPath names the type by _PyType_Name, its tp_name without the module: its __name__
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


def text_encoding(encoding, stacklevel=2):
    """The encoding a function that takes encoding=None passes on (PEP 597): "locale" for None, which
    open() reads as the locale's encoding."""
    return "locale" if encoding is None else encoding


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    """Opens a file, as the builtin open() does (Modules/_io/_iomodule.c _io_open)."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {_given(mode)}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{_tp_name(type(buffering))}' object cannot be interpreted as an integer")
    for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"open() argument '{name}' must be str or None, not {_tp_name(type(value))}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: {mode!r}")
    kinds = sum(c in modes for c in "rwax")
    text = "t" in modes
    binary = "b" in modes
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        buffering = -1
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if isinstance(file, int) and file in _descriptor_files:
        if not isinstance(_descriptor_files[file], FileIO):
            # a directory's: open(2) opens one for reading, but CPython's FileIO refuses it
            raise IsADirectoryError(21, 'Is a directory', file)
        # a descriptor os.open made (os.fdopen, tempfile): its file, already open, now the new
        # object's to close (with closefd, as CPython's open(fd) does)
        raw = _descriptor_files.pop(file) if closefd else _descriptor_files[file]
    else:
        raw = FileIO(_fspath(file), "".join(c for c in mode if c not in "bt"))
    if buffering == 0:
        return raw
    try:
        size = DEFAULT_BUFFER_SIZE if buffering < 0 or buffering == 1 else buffering
        if "+" in modes:
            buffer = BufferedRandom(raw, size)
        elif "r" in modes:
            buffer = BufferedReader(raw, size)
        else:
            buffer = BufferedWriter(raw, size)
        if binary:
            return buffer
        text = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise


# Modules/_io is C: a traceback through open() or a file's methods shows only their caller's frame
_hide_module(globals(), '_io')
