"""The codec registry and its base classes, as CPython 3.11's codecs module behaves.

Text encodings are the ones str.encode codes in Java (UTF-8, UTF-16, UTF-32, utf-8-sig, ASCII, Latin-1,
unicode_escape, raw_unicode_escape and Java's charsets), and idna and punycode from the encodings package;
the bytes-to-bytes codecs hex, base64, zlib and bz2 and the str-to-str rot-13 are here too.
Incremental decoders hold back an incomplete multi-byte sequence until its rest arrives, as CPython's
do. This module is the registry str.encode and bytes.decode consult for any other codec or error handler
(_encode_text and _decode_text).

Mirrors CPython 3.11's Lib/codecs.py (and the codec registry of Python/codecs.c); written for the model
from the documentation and python3's behaviour, not copied.
"""

import base64 as _base64
import binascii as _binascii
import builtins
import unicodedata as _unicodedata
import zlib as _zlib
from _codecs import coded_here as _coded_here
from _traceback import hide_frames as _hide_frames
from _typeobject import tp_name as _tp_name

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# the model runs little-endian, as the machines CPython is mostly built for
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes: a 4-tuple (encode, decode, streamreader, streamwriter) with names."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(info).update(name=name, encode=encode, decode=decode, streamreader=streamreader,
                          streamwriter=streamwriter, incrementalencoder=incrementalencoder,
                          incrementaldecoder=incrementaldecoder)
        # only the bytes-to-bytes and str-to-str codecs say False; the class attribute answers for the rest
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (type(self).__module__, type(self).__qualname__,
                                                          self.name, id(self))


# ---- the base classes ----

class Codec:
    """Stateless encoding and decoding: each returns (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


@_hide_frames  # its lines are the decode and encode methods' own in CPython: no frame of its own
def _convert_buffered(coder, convert, input, final):
    """Runs convert over the held-back input and the new, holding back again whatever it left unconsumed."""
    pending = coder.buffer + input
    output, used = convert(pending, coder.errors, final)
    coder.buffer = pending[used:]
    return output


class IncrementalEncoder:
    """Encodes text given in pieces; the base keeps no state (getstate() is 0)."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def getstate(self):
        return 0

    def setstate(self, state):
        pass

    def reset(self):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An encoder keeping input it cannot encode yet; subclasses give _buffer_encode."""

    def encode(self, input, final=False):
        return _convert_buffered(self, self._buffer_encode, input, final)

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def getstate(self):
        # the held-back text is the whole state; nothing held back is the base's 0
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = state if state else ""

    def reset(self):
        super().reset()
        self.buffer = ""


class IncrementalDecoder:
    """Decodes bytes given in pieces; the base keeps no state (getstate() is (b"", 0))."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass

    def reset(self):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """A decoder keeping bytes it cannot decode yet; subclasses give _buffer_decode."""

    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.buffer = b""

    def decode(self, input, final=False):
        return _convert_buffered(self, self._buffer_decode, input, final)

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def setstate(self, state):
        self.buffer = state[0]

    def getstate(self):
        # (undecoded bytes, a flag word the buffered decoders leave at 0)
        return (self.buffer, 0)

    def reset(self):
        super().reset()
        self.buffer = b""


# The stream classes hand whatever they do not define to the stream they wrap, and close it when a with
# block they head ends.

def _stream_attribute(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _enter_stream(self):
    return self


def _close_stream(self, type, value, tb):
    self.stream.close()


def _rewinding(offset, whence):
    """A seek back to the very start, after which a writer begins again (a new BOM, say)."""
    return whence == 0 and offset == 0


class StreamWriter(Codec):
    """Text written to a binary stream, encoded by self.encode."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, list):
        self.write("".join(list))

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if _rewinding(offset, whence):
            self.reset()

    def reset(self):
        pass

    __getattr__ = _stream_attribute
    __enter__ = _enter_stream
    __exit__ = _close_stream


class StreamReader(Codec):
    """Text read from a binary stream, decoded by self.decode (which may leave an incomplete tail)."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer, self.charbuffer = b"", ""

    def _more(self, size):
        """Reads and decodes more of the stream; False once it gives nothing more."""
        new = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + new
        if data:
            text, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            self.charbuffer += text
        return bool(new)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._more(size) or firstline and "\n" in self.charbuffer:
                break
        if chars < 0 or firstline and "\n" in self.charbuffer[:chars]:
            chars = len(self.charbuffer)
        result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        limit = -1 if size is None else size
        while True:
            line = self.charbuffer.splitlines(keepends=True)[0] if self.charbuffer else ""
            ended = line != line.splitlines()[0] if line else False
            # a line ending in "\r" at the end of what has been read may be the first half of "\r\n"
            if ended and not (line.endswith("\r") and len(line) == len(self.charbuffer)):
                break
            if 0 <= limit <= len(self.charbuffer) or not self._more(72 if limit < 0 else limit):
                line = self.charbuffer.splitlines(keepends=True)[0] if self.charbuffer else ""
                break
        if limit >= 0:
            line = line[:limit]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends or not line else line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        """Forgets what was read but not yet returned (the state a fresh reader starts in)."""
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    __getattr__ = _stream_attribute
    __enter__ = _enter_stream
    __exit__ = _close_stream


class StreamReaderWriter:
    """A stream read through a StreamReader and written through a StreamWriter (what codecs.open gives)."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    # writing goes through the writer, reading through the reader
    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def read(self, size=-1):
        return self.reader.read(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def readline(self, size=None):
        return self.reader.readline(size)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if _rewinding(offset, whence):
            self.writer.reset()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    __getattr__ = _stream_attribute
    __enter__ = _enter_stream
    __exit__ = _close_stream


class StreamRecoder(StreamReaderWriter):
    """Bytes in one encoding on the outside, another in the stream: decoded and encoded on the way."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        super().__init__(stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode

    def _outward(self, text):
        """Text the reader decoded from the stream, encoded as the caller's bytes."""
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._outward(self.reader.read(size))

    def readline(self, size=None):
        return self._outward(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(keepends=True)

    def __next__(self):
        return self._outward(next(self.reader))

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))


# ---- error handlers ----

def _check_exception(exc):
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")


def _unhandled(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _escaped(c):
    n = ord(c)
    return "\\x%02x" % n if n < 0x100 else "\\u%04x" % n if n < 0x10000 else "\\U%08x" % n


def strict_errors(exc):
    _check_exception(exc)
    raise exc


def ignore_errors(exc):
    _check_exception(exc)
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise _unhandled(exc)


def replace_errors(exc):
    _check_exception(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    raise _unhandled(exc)


def backslashreplace_errors(exc):
    _check_exception(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("".join(_escaped(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _unhandled(exc)


def xmlcharrefreplace_errors(exc):
    _check_exception(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _unhandled(exc)


def namereplace_errors(exc):
    _check_exception(exc)
    if isinstance(exc, UnicodeEncodeError):
        names = []
        for c in exc.object[exc.start:exc.end]:
            name = _unicodedata.name(c, None)
            names.append("\\N{%s}" % name if name else _escaped(c))
        return ("".join(names), exc.end)
    raise _unhandled(exc)


def _surrogateescape(exc):
    """Bytes 0x80-0xff as the lone surrogates U+DC80-U+DCFF, and back."""
    _check_exception(exc)
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        if all(b >= 0x80 for b in part):
            return ("".join(chr(0xdc00 + b) for b in part), exc.end)
    elif isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        if all(0xdc80 <= ord(c) <= 0xdcff for c in part):
            return (bytes(ord(c) - 0xdc00 for c in part), exc.end)
    else:
        raise _unhandled(exc)
    raise exc


_surrogateescape.__name__ = "surrogateescape"
_error_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                   "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
                   "namereplace": namereplace_errors, "surrogateescape": _surrogateescape}
# the handlers str.encode and bytes.decode apply themselves
_STANDARD_HANDLERS = frozenset(_error_handlers) | {"surrogatepass"}


def register_error(name, handler, /):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- the text codecs ----

def _utf8_complete(data):
    """How many bytes of {data} end on a whole UTF-8 sequence (an incomplete one at the end waits)."""
    i = len(data) - 1
    back = 0
    while i >= 0 and back < 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
        back += 1
    if i < 0:
        return len(data)
    lead = data[i]
    need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 1
    return len(data) if len(data) - i >= need else i


_UNIT = {"utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}


def _complete(name, data):
    """How many bytes of {data} decode now in encoding {name} (a byte-order-free one)."""
    if name == "utf-8":
        return _utf8_complete(data)
    unit = _UNIT.get(name)
    if unit is None:
        return len(data)
    end = len(data) - len(data) % unit
    if unit == 2 and end >= 2 and 0xD8 <= data[end - 1 if name == "utf-16-le" else end - 2] <= 0xDB:
        end -= 2  # a high surrogate waits for its low half
    return end


def _with_handler(convert, errors, error_type, continuation):
    """Applies a registered error handler: converts strictly, and on each error puts what the handler gives.

    {convert}(start, name) converts the input from {start}; {continuation}(exc) names the encoding the
    rest is converted in (UTF-16's byte order mark is written, or read, once). The handler is looked up
    at the first error, as Python/codecs.c does."""
    handler = None
    parts = []
    start = 0
    name = None
    while True:
        try:
            parts.append(convert(start, name))
            return parts
        except error_type as e:
            exc = error_type(e.encoding, convert.source, start + e.start, start + e.end, e.reason)
            parts.append(convert(start, name, start + e.start))
            handler = handler or lookup_error(errors)
            replacement, start = _handled(handler(exc), error_type)
            name = continuation(exc)
            parts.append(replacement)
            if start < 0:
                start += len(convert.source)
            if not 0 <= start <= len(convert.source):
                raise IndexError("position %d from error handler out of bounds" % start)


def _handled(result, error_type):
    """An error handler's (replacement, position), checked as unicode_encode_call_errorhandler checks it."""
    encoding = error_type is UnicodeEncodeError
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int)
            and isinstance(result[0], (str, bytes) if encoding else str)):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple" if encoding
                        else "decoding error handler must return (str, int) tuple")
    return result


class _Converter:
    """A str or bytes object converted strictly from a position, in its encoding or a continuation."""

    def __init__(self, source, encoding, encoding_text):
        self.source = source
        self.encoding = encoding
        self.encoding_text = encoding_text

    def __call__(self, start, name, end=None):
        piece = self.source[start:end]
        if self.encoding_text:
            return piece.encode(name or self.encoding)
        return bytes(piece).decode(name or self.encoding)


_UNMARKED = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}


class _TextCodec:
    """One of str.encode's encodings as a codec: {name} is CPython's name for it."""

    def __init__(self, name):
        self.name = name

    def encode(self, input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (self.name.replace("-", "_"), type(input).__name__))
        return (self.encode_text(input, errors, self.name), len(input))

    def encode_text(self, input, errors, name):
        if errors is None:
            errors = "strict"
        if errors in _STANDARD_HANDLERS:
            return input.encode(name, errors)
        parts = _with_handler(_Converter(input, name, True), errors, UnicodeEncodeError,
                              lambda exc: _UNMARKED.get(name, name))
        encoded = []
        for part in parts:
            encoded.append(part.encode(_UNMARKED.get(name, name)) if isinstance(part, str) else part)
        return b"".join(encoded)

    def decode(self, input, errors="strict"):
        try:
            size = memoryview(input).nbytes
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__) from None
        return (self.decode_bytes(input, errors, self.name), size)

    def decode_bytes(self, input, errors, name):
        if errors is None:
            errors = "strict"
        if errors in _STANDARD_HANDLERS:
            return bytes(input).decode(name, errors)
        return "".join(_with_handler(_Converter(input, name, False), errors, UnicodeDecodeError,
                                     lambda exc: exc.encoding))

    def partial_decoder(self):
        """A function (data, errors, final) -> (text, consumed) that keeps an incomplete tail, and reads a
        byte order mark the first time."""
        name = self.name
        # both are C functions in CPython (codecs.utf_8_decode and its kin): no frame of their own
        if name not in _UNMARKED:
            @_hide_frames
            def decode(data, errors, final):
                end = len(data) if final else _complete(name, data)
                return self.decode_bytes(data[:end], errors, name), end
            return decode
        order = []

        @_hide_frames
        def decode_marked(data, errors, final):
            if order:
                end = len(data) if final else _complete(order[0], data)
                return self.decode_bytes(data[:end], errors, order[0]), end
            mark_size = 3 if name == "utf-8-sig" else 2 if name == "utf-16" else 4
            if len(data) < mark_size and not final:
                return "", 0
            marks = {"utf-8-sig": {BOM_UTF8: "utf-8"}, "utf-16": {BOM_UTF16_LE: "utf-16-le", BOM_UTF16_BE: "utf-16-be"},
                     "utf-32": {BOM_UTF32_LE: "utf-32-le", BOM_UTF32_BE: "utf-32-be"}}[name]
            marked = bytes(data[:mark_size]) in marks
            if not marked and name != "utf-8-sig" and len(data) >= mark_size:
                # a stream, unlike a whole bytes object, must say its byte order (encodings/utf_16.py)
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            order.append(marks.get(bytes(data[:mark_size]), _UNMARKED[name]))
            start = mark_size if marked else 0
            end = len(data) if final else start + _complete(order[0], data[start:])
            # the first piece is decoded whole, so that an error's position counts the mark as CPython's does
            return self.decode_bytes(data[:end], errors, name), end
        return decode_marked


# the text codecs are C functions in CPython: a traceback goes from their caller straight to an error handler
for _function in (_with_handler, _handled, _Converter.__call__, _TextCodec.encode, _TextCodec.encode_text, _TextCodec.decode,
                  _TextCodec.decode_bytes):
    _hide_frames(_function)
del _function


def _text_codec_info(name):
    codec = _TextCodec(name)

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.marked = name in _UNMARKED

        def encode(self, input, final=False):
            encoding = name if self.marked else _UNMARKED.get(name, name)
            self.marked = False
            return codec.encode_text(input, self.errors, encoding)

        def reset(self):
            self.marked = name in _UNMARKED

        def getstate(self):
            return 2 if self.marked else 0

        def setstate(self, state):
            self.marked = bool(state)

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._buffer_decode = codec.partial_decoder()

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._buffer_decode = codec.partial_decoder()

    class StreamWriter_(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = IncrementalEncoder_(errors)

        def encode(self, input, errors="strict"):
            self.encoder.errors = errors
            return (self.encoder.encode(input), len(input))

        def reset(self):
            self.encoder.reset()

    class StreamReader_(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self.partial = codec.partial_decoder()

        def decode(self, input, errors="strict"):
            return self.partial(input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.partial = codec.partial_decoder()

    module = "encodings." + name.replace("-", "_")
    for cls, public in ((IncrementalEncoder_, "IncrementalEncoder"), (IncrementalDecoder_, "IncrementalDecoder"),
                        (StreamWriter_, "StreamWriter"), (StreamReader_, "StreamReader")):
        cls.__name__ = cls.__qualname__ = public
        cls.__module__ = module
    return CodecInfo(codec.encode, codec.decode, StreamReader_, StreamWriter_, IncrementalEncoder_,
                     IncrementalDecoder_, name)


# ---- bytes-to-bytes and str-to-str codecs, as Lib/encodings' hex_codec, base64_codec, zlib_codec, bz2_codec
# and rot_13 define them: the functions' own errors are what a caller sees, wrapped by _convert ----

def _binary_codec_info(name, encode, decode):
    class IncrementalEncoder_(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder_(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return CodecInfo(encode, decode, None, None, IncrementalEncoder_, IncrementalDecoder_, name,
                     _is_text_encoding=False)


def _strict(function):
    """An encode or decode function of a bytes-to-bytes codec: strict errors only, and the function's own
    errors for an input it refuses, as each of Lib/encodings' *_codec modules writes its two."""
    def convert(input, errors="strict"):
        assert errors == "strict"
        return (function(input), len(input))
    return convert


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input, errors="strict"):
    return (str.translate(input, _ROT13), len(input))


def _bz2_codec_info():
    import bz2  # slow to load, and codecs is imported by every text file read: loaded when asked for
    return _binary_codec_info("bz2", _strict(bz2.compress), _strict(bz2.decompress))


def _encodings_module(name):
    """The codec a module of the encodings package defines, as encodings.search_function finds it."""
    return __import__("encodings." + name, fromlist=["getregentry"]).getregentry()


_SPECIAL = {
    "hex": lambda: _binary_codec_info("hex", _strict(_binascii.b2a_hex), _strict(_binascii.a2b_hex)),
    "base64": lambda: _binary_codec_info("base64", _strict(_base64.encodebytes), _strict(_base64.decodebytes)),
    "zlib": lambda: _binary_codec_info("zlib", _strict(_zlib.compress), _strict(_zlib.decompress)),
    "bz2": _bz2_codec_info,
    "rot-13": lambda: _binary_codec_info("rot-13", _rot13, _rot13),
    "idna": lambda: _encodings_module("idna"),
    "punycode": lambda: _encodings_module("punycode"),
}

# encodings' aliases, normalized (lower case, "_" for spaces and hyphens), for CPython's codec names
_ALIASES = {}
for _name, _aliases in (
        ("utf-8", "utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001"),
        ("ascii", "ascii us_ascii 646 us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 "
                  "iso646_us iso_646.irv_1991 iso_ir_6"),
        ("iso8859-1", "latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 iso_8859_1_1987 ibm819 "
                      "csisolatin1"),
        ("utf-16", "utf_16 utf16 u16"), ("utf-16-le", "utf_16_le utf_16le unicodelittleunmarked"),
        ("utf-16-be", "utf_16_be utf_16be unicodebigunmarked"), ("utf-32", "utf_32 utf32 u32"),
        ("utf-32-le", "utf_32_le utf_32le"), ("utf-32-be", "utf_32_be utf_32be"), ("utf-8-sig", "utf_8_sig"),
        ("hex", "hex hex_codec"), ("base64", "base64 base_64 base64_codec"), ("zlib", "zlib zip zlib_codec"),
        ("bz2", "bz2 bz2_codec"),
        ("rot-13", "rot13 rot_13"), ("idna", "idna"), ("punycode", "punycode"),
        ("unicode-escape", "unicode_escape"), ("raw-unicode-escape", "raw_unicode_escape")):
    for _alias in _aliases.split():
        _ALIASES[_alias] = _name
del _name, _aliases, _alias

_search_functions = []
_cache = {}


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin(normalized):
    """The CodecInfo of an encoding the model has, or None."""
    name = _ALIASES.get(normalized)
    if name in _SPECIAL:
        return _SPECIAL[name]()
    if name is None:
        # another of Java's charsets: CPython's name for those is the normalized one, with "-" in ISO names
        if not _coded_here(normalized):
            return None
        name = normalized.replace("iso_8859_", "iso8859-").replace("iso8859_", "iso8859-")
    return _text_codec_info(name)


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    normalized = encoding.lower().replace(" ", "_").replace("-", "_")
    info = _cache.get(normalized)
    if info is None:
        info = _builtin(normalized)
        for search in _search_functions if info is None else ():
            info = search(normalized)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                break
        if info is None:
            raise LookupError("unknown encoding: %s" % encoding)
        _cache[normalized] = info
    return info


# ---- a codec's failure (Python/codecs.c wrap_codec_error) ----

# built-in exceptions whose __init__ or __new__ keep more than their arguments: left as a codec raised them
_STATEFUL = (OSError, SyntaxError, ImportError, StopIteration, SystemExit, AttributeError, NameError,
             UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, BaseExceptionGroup)


def _remakeable(exc):
    """Whether exc can be made again with a longer message and lose nothing, as _PyErr_TrySetFromCause
    decides: a constructor of BaseException's, one str argument or none, and no attributes (notes included)."""
    for cls in type(exc).__mro__:
        if cls is BaseException:
            break
        if cls in _STATEFUL or "__init__" in vars(cls) or "__new__" in vars(cls):
            return False
    args = exc.args
    return (not args or len(args) == 1 and type(args[0]) is str) and not vars(exc)


def _failed(exc, verb, encoding):
    """What a call through the registry raises when its codec raised exc: an exception of exc's type that
    names the codec, exc its cause, or exc itself when it cannot be made again."""
    if not _remakeable(exc):
        return exc
    failure = type(exc)("%s with '%s' codec failed (%s: %s)" % (verb, encoding, type(exc).__name__, exc))
    failure.__cause__ = exc
    return failure


def _convert(obj, encoding, errors, index, verb, info=None):
    """The codec's encode ({index} 0) or decode (1) function applied, its failure named (_PyCodec_EncodeInternal)."""
    if info is None:
        info = lookup(encoding)
    try:
        result = info[index](obj, errors)
    except BaseException as e:
        raise _failed(e, verb, encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % ("encoder" if index == 0 else "decoder"))
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    return _convert(obj, encoding, errors, 0, "encoding")


def decode(obj, encoding="utf-8", errors="strict"):
    return _convert(obj, encoding, errors, 1, "decoding")


# ---- str.encode and bytes.decode past the model's fast paths (Java's str.encode calls these) ----

def _text_codec(encoding, alternative):
    """The codec of a text encoding; a bytes-to-bytes or str-to-str codec points to {alternative}."""
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use %s to handle arbitrary codecs" % (encoding, alternative))
    return info


# the names PyUnicode_AsEncodedString and PyUnicode_Decode code themselves, normalized: what fails in those
# codecs (an error handler's exception) is not wrapped in "encoding with ... codec failed"
_FAST_PATHS = frozenset(("utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1",
                         "latin_1", "iso_8859_1", "iso8859_1"))


def _run_text_codec(data, encoding, errors, index, verb, alternative):
    info = _text_codec(encoding, alternative)
    if encoding.lower().replace("-", "_").replace(" ", "_") in _FAST_PATHS:
        return info[index](data, errors)[0]
    return _convert(data, encoding, errors, index, verb, info)


def _encode_text(text, encoding, errors):
    """What str.encode gives (PyUnicode_AsEncodedString): the codec's result, which must be bytes."""
    encoded = _run_text_codec(text, encoding, errors, 0, "encoding", "codecs.encode()")
    if not isinstance(encoded, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary "
                        "types" % (encoding, _tp_name(type(encoded))))
    return encoded


def _decode_text(data, encoding, errors):
    """What bytes.decode gives (PyUnicode_Decode): the codec, given a memoryview of the data, must return str."""
    decoded = _run_text_codec(memoryview(data), encoding, errors, 1, "decoding", "codecs.decode()")
    if not isinstance(decoded, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary "
                        "types" % (encoding, _tp_name(type(decoded))))
    return decoded


# _codecs.encode and decode, like str.encode's codec lookup, are C functions: a traceback shows the codec's
# frames, not theirs
for _function in (lookup, _convert, encode, decode, _text_codec, _run_text_codec, _encode_text, _decode_text):
    _hide_frames(_function)
del _function


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental(encoding, kind):
    """The codec's incremental encoder or decoder class; a codec without one is an unknown encoding here."""
    found = getattr(lookup(encoding), kind)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _incremental(encoding, "incrementalencoder")


def getincrementaldecoder(encoding):
    return _incremental(encoding, "incrementaldecoder")


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


@_hide_frames  # the loop CPython writes in iterencode and iterdecode themselves: no frame of its own
def _pieces(convert, iterator, end):
    """convert applied to each piece, then to {end} with final=True; empty results are not yielded.

    iterencode and iterdecode are generators themselves, so an unknown encoding raises at the first next().
    """
    for piece in iterator:
        converted = convert(piece)
        if converted:
            yield converted
    converted = convert(end, True)
    if converted:
        yield converted


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _pieces(encoder.encode, iterator, "")


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _pieces(decoder.decode, iterator, b"")


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """A file opened in binary mode and, with an encoding, wrapped in a StreamReaderWriter."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    # the codec decodes: the file itself must give bytes
    file = builtins.open(filename, mode if "b" in mode else mode + "b", buffering)
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    except BaseException:
        file.close()  # nothing will own the file: close it before the error propagates
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder: bytes in {data_encoding} outside, {file_encoding} in the file."""
    if file_encoding is None:
        file_encoding = data_encoding
    outside, inside = lookup(data_encoding), lookup(file_encoding)
    recoder = StreamRecoder(file, outside.encode, outside.decode, inside.streamreader, inside.streamwriter, errors)
    recoder.data_encoding, recoder.file_encoding = data_encoding, file_encoding
    return recoder


def _function_pair(prefix, name):
    codec = _TextCodec(name)

    def encode(str, errors=None):
        return codec.encode(str, errors)

    def decode(data, errors=None, final=False):
        return codec.partial_decoder()(data, errors, final)

    encode.__name__, decode.__name__ = prefix + "_encode", prefix + "_decode"
    return encode, decode


utf_8_encode, utf_8_decode = _function_pair("utf_8", "utf-8")
ascii_encode, ascii_decode = _function_pair("ascii", "ascii")
latin_1_encode, latin_1_decode = _function_pair("latin_1", "iso8859-1")
unicode_escape_encode, unicode_escape_decode = _function_pair("unicode_escape", "unicode-escape")
raw_unicode_escape_encode, raw_unicode_escape_decode = _function_pair("raw_unicode_escape", "raw-unicode-escape")
