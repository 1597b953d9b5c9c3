"""http.client for the GIL Lab model: HTTP/1.1 connections and responses as CPython 3.11's.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. A connection is a socket from socket.create_connection, so every wait for the server
releases the GIL. Differences: headers are parsed into a small HTTPMessage of this module (CPython
uses email.message.Message, which the model lacks): get, get_all, items, keys, values,
__getitem__, __contains__, __iter__, __len__ and as_string, case-insensitive; a folded header's
lines are joined by a space. There is no HTTPSConnection (the model has no ssl), no tunnelling
(set_tunnel) and no debug output (set_debuglevel is accepted).
"""

import collections.abc
import io
import re
import socket
from urllib.parse import urlsplit

from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# The connection's states.
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# {404: 'Not Found', ...}
responses = {status.value: status.phrase for status in HTTPStatus}

# How long a status, header or chunk-size line may be, and how many headers a message may have.
_MAXLINE = 65536
_MAXHEADERS = 100

# A header name is a token; a value must not start a new line unless the line is folded; a URL
# and a method must not hold control characters or spaces (header injection, CVE-2019-9740).
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

# The methods whose request has a body even when none is given (Content-Length: 0).
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


# -- exceptions -------------------------------------------------------------------------------

class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what came, expected how much more was due (or None)."""

    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


# -- headers ----------------------------------------------------------------------------------

class HTTPMessage(collections.abc.Iterable):
    """A message's headers, in the order they came; names are matched without regard to case.

    The part of email.message.Message that HTTP code uses.
    """

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, name):
        name = name.lower()
        return any(key.lower() == name for key, _ in self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        # As Message's: adds a header, even when one of that name is there.
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        """The first header of that name's value, or failobj."""
        name = name.lower()
        for key, value in self._headers:
            if key.lower() == name:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        """Every value of that name's headers, or failobj when there is none."""
        name = name.lower()
        values = [value for key, value in self._headers if key.lower() == name]
        return values or failobj

    def getallmatchingheaders(self, name):
        """The 'Name: value' lines of that name's headers (HTTPMessage's own method)."""
        name = name.lower()
        return [f"{key}: {value}" for key, value in self._headers if key.lower() == name]

    def as_string(self):
        return ''.join(f"{key}: {value}\n" for key, value in self._headers) + "\n"

    __str__ = as_string

    def _add_line(self, line):
        # One header line, or the continuation (starting with a space or tab) of the last one.
        if line[:1] in (' ', '\t') and self._headers:
            key, value = self._headers[-1]
            self._headers[-1] = (key, value + ' ' + line.strip())
            return
        key, colon, value = line.partition(':')
        if colon:
            self._headers.append((key.rstrip(), value.strip()))


def _read_headers(fp):
    """The header lines up to and including the blank line (or the end of the stream)."""
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def parse_headers(fp, _class=HTTPMessage):
    """Read a message's headers from fp (a binary file) into an _class, HTTPMessage by default."""
    message = _class()
    for line in _read_headers(fp):
        text = str(line, 'iso-8859-1').rstrip('\r\n')
        if text:
            message._add_line(text)
    return message


# -- responses --------------------------------------------------------------------------------

class HTTPResponse(io.BufferedIOBase):
    """The response to a request: status, reason, version and headers once begun, then the body
    as a readable binary file (chunked bodies are decoded)."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            # The server closed the connection without answering.
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = line.split(None, 2)
        version = parts[0] if len(parts) >= 2 else ""
        status = parts[1] if len(parts) >= 2 else ""
        reason = parts[2] if len(parts) == 3 else ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Read the status line and headers (skipping any 100 Continue)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != HTTPStatus.CONTINUE:
                break
            _read_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(encoding) and encoding.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = self._content_length()
        if (status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        # Without a length or chunks, the body ends when the server closes the connection.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _content_length(self):
        length = self.headers.get("content-length")
        if not length or self.chunked:
            return None
        try:
            length = int(length)
        except ValueError:
            return None
        return length if length >= 0 else None

    def _check_close(self):
        # HTTP/1.1 keeps the connection unless told to close; 1.0 closes unless told to keep it.
        connection = self.headers.get("connection")
        if self.version == 11:
            return bool(connection) and "close" in connection.lower()
        if self.headers.get("keep-alive"):
            return False
        if connection and "keep-alive" in connection.lower():
            return False
        proxy = self.headers.get("proxy-connection")
        return not (proxy and "keep-alive" in proxy.lower())

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """Whether the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """The body, or at most amt bytes of it; b"" once it has all been read."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            # A byte at a time through the chunk decoder.
            return super().readline(limit)
        if self.length is not None and (limit is None or limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(-1 if limit is None else limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _safe_read(self, amt):
        # Exactly amt bytes, or IncompleteRead with what came.
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        # Chunk extensions after ';' are ignored.
        size = line.split(b";", 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _chunk_left(self):
        # How much of the current chunk is unread, starting the next when it is done; None once
        # the last (empty) chunk and its trailer have been read.
        left = self.chunk_left
        if not left:
            if left is not None:
                self._safe_read(2)  # the CRLF ending the chunk before
            try:
                left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'') from None
            if left == 0:
                self._discard_trailer()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b'\r\n', b'\n', b''):
                break

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while True:
                left = self._chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    pieces.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                pieces.append(self._safe_read(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b''.join(pieces)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces)) from exc

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of the header name (several joined by ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# -- connections ------------------------------------------------------------------------------

class HTTPConnection:
    """An HTTP/1.1 connection to host:port, opened by the first request: request() then
    getresponse(), as often as the server keeps the connection."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        (self.host, self.port) = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        # 'host:port' when no port is given; '[v6]' loses its brackets; 'host:' is the default port.
        if port is None:
            colon = host.rfind(':')
            if colon > host.rfind(']'):
                digits = host[colon + 1:]
                try:
                    port = int(digits)
                except ValueError:
                    if digits:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
                    port = self.default_port
                host = host[:colon]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return host, port

    def _validate_host(self, host):
        match = _contains_disallowed_url_pchar_re.search(host)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {match.group()!r})")

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        """Connect to the host and port given when the connection was made."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self):
        """Close the socket and the response being read, if any."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send data (bytes, a readable file or an iterable of bytes), connecting first if needed."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if hasattr(data, "read"):
            for block in self._read_readable(data):
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data)) from None
            for piece in data:
                self.sock.sendall(piece)

    def _read_readable(self, readable):
        # A file's blocks, text ones encoded as ISO-8859-1.
        text = isinstance(readable, io.TextIOBase)
        while True:
            block = readable.read(self.blocksize)
            if not block:
                break
            yield block.encode("iso-8859-1") if text else block

    def _output(self, line):
        self._buffer.append(line)

    def _send_output(self, message_body=None, encode_chunked=False):
        # The request line and headers in one send, then the body (in chunks if asked).
        self._buffer.extend((b"", b""))
        message = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(message)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = self._read_readable(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like object or an iterable, got %r"
                                    % type(message_body)) from None
            else:
                chunks = (message_body,)
        chunked = encode_chunked and self._http_vsn == 11
        for chunk in chunks:
            if not chunk:
                continue
            if chunked:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: its line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _CS_REQ_STARTED
        match = _contains_disallowed_method_pchar_re.search(method)
        if match:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {match.group()!r})")
        self._method = method
        url = url or '/'
        match = _contains_disallowed_url_pchar_re.search(url)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {match.group()!r})")
        self._output(f'{method} {url} {self._http_vsn_str}'.encode('ascii'))
        if not skip_host:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        # An absolute URL names its own host; otherwise the connection's, with the port unless
        # it is the default, and an IPv6 address in brackets.
        if url.startswith('http'):
            netloc = urlsplit(url).netloc
            if netloc:
                return netloc.encode("idna").decode('ascii')
        host = self.host.encode("idna").decode('ascii') if not self.host.isascii() else self.host
        if ':' in host:
            host = '[' + host + ']'
        return host if self.port == self.default_port else "%s:%s" % (host, self.port)

    def putheader(self, header, *values):
        """Send a header; several values are folded onto continuation lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request, with message_body if given."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a request: Content-Length (or chunked Transfer-Encoding for a body of unknown
        length) is added unless headers has it; a str body is encoded as ISO-8859-1."""
        names = frozenset(name.lower() for name in headers)
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' not in names:
            if 'transfer-encoding' not in names:
                encode_chunked = False
                length = self._content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for header, value in headers.items():
            self.putheader(header, value)
        if isinstance(body, str):
            body = _encode_body(body)
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _content_length(body, method):
        # None when the length is not known beforehand (a file, an iterable).
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        return len(body) if isinstance(body, str) else None

    def getresponse(self):
        """The response to the request sent: its status and headers are read; the body is left
        to read. The connection closes when the response says it will."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                # The response holds its own reference to the socket's file.
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


def _encode_body(body):
    # A str body must be ISO-8859-1 (HTTP's default), with CPython's hint when it is not.
    try:
        return body.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(err.encoding, err.object, err.start, err.end,
                                 "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
                                 "if you want to send it encoded in UTF-8." %
                                 ('Body', body[err.start:err.end], 'body')) from None
