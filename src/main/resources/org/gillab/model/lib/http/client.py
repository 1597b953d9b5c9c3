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
import urllib.parse

from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

# The status line, each header line and each chunk-size line may hold at most _LINE_LIMIT bytes;
# a message at most _HEADER_LIMIT headers (CPython's limits, against a server that never stops).
_LINE_LIMIT = 65536
_HEADER_LIMIT = 100

# A connection's default ports: plain HTTP, and HTTPS (the model has no ssl, the constant is API).
HTTP_PORT, HTTPS_PORT = 80, 443

# What an HTTPResponse's status, reason, version, ... are before begin() has read them.
_NOT_READ_YET = 'UNKNOWN'

# Where a connection stands between requests. The strings are CPython's: CannotSendRequest and
# ResponseNotReady carry them as their argument.
_IDLE, _REQUEST_STARTED, _REQUEST_SENT = 'Idle', 'Request-started', 'Request-sent'

# {404: 'Not Found', ...}
responses = {status.value: status.phrase for status in HTTPStatus}


class _Syntax:
    """What putrequest and putheader let through: a header name is a token; a value starts no new
    line unless the line is folded; a URL holds no control character or space and a method no
    control character (header injection, CVE-2019-9740)."""

    header_name = re.compile(rb'[^:\s][^:\r\n]*')
    header_value_break = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])')
    url_forbidden = re.compile('[\x00-\x20\x7f]')
    method_forbidden = re.compile('[\x00-\x1f]')

    # Methods that send a body, so an absent one is announced as Content-Length: 0.
    methods_with_body = frozenset(('PATCH', 'POST', 'PUT'))


# The line ending a header or trailer block (b'' when the stream ends first).
_BLANK_LINES = (b'\r\n', b'\n', b'')


def _read_limited_line(fp, what):
    # One line of at most _LINE_LIMIT bytes; what names the line in LineTooLong's message.
    line = fp.readline(_LINE_LIMIT + 1)
    if len(line) > _LINE_LIMIT:
        raise LineTooLong(what)
    return line


# -- exceptions -------------------------------------------------------------------------------
# HTTPException is the root; error is its old alias. Each class's docstring says when the model
# raises it.

class HTTPException(Exception):
    """The base of this module's exceptions; also raised for a message with too many headers."""


error = HTTPException


class NotConnected(HTTPException):
    """Raised by send() when there is no socket and auto_open is off."""


class InvalidURL(HTTPException):
    """Raised for a host with a non-numeric port, or a URL or host with control characters."""


class UnimplementedFileMode(HTTPException):
    """Kept for CPython's API: nothing in http.client raises it."""


class UnknownTransferEncoding(HTTPException):
    """Kept for CPython's API: nothing in http.client raises it."""


class UnknownProtocol(HTTPException):
    """Raised when a status line's version is neither HTTP/1.x nor HTTP/0.9."""

    def __init__(self, version):
        super().__init__(version)
        self.version = version


class ImproperConnectionState(HTTPException):
    """The base of the errors for a call made in the wrong order on an HTTPConnection."""


class CannotSendRequest(ImproperConnectionState):
    """Raised by putrequest() while the previous request's response has not been read."""


class CannotSendHeader(ImproperConnectionState):
    """Raised by putheader() and endheaders() outside a started request."""


class ResponseNotReady(ImproperConnectionState):
    """Raised by getresponse() before a request is sent, or while a response is being read."""


class BadStatusLine(HTTPException):
    """Raised when the status line is not 'HTTP/x.y code reason'; line is it (its repr if empty)."""

    def __init__(self, line):
        line = line or repr(line)
        super().__init__(line)
        self.line = line


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """Raised when the server closes the connection instead of answering: a reset connection as
    much as a missing status line."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        # OSError's own initialisation gives args, errno and strerror.
        ConnectionResetError.__init__(self, *args, **kwargs)


class LineTooLong(HTTPException):
    """Raised when a status, header, chunk-size or trailer line exceeds _LINE_LIMIT bytes."""

    def __init__(self, line_type):
        super().__init__("got more than %d bytes when reading %s" % (_LINE_LIMIT, line_type))


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what came, expected how much more was due (or None)."""

    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial, self.expected = partial, expected

    def __repr__(self):
        more = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    # str() shows the repr, not the partial bytes.
    __str__ = object.__str__


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
        line = _read_limited_line(fp, "header line")
        headers.append(line)
        if len(headers) > _HEADER_LIMIT:
            raise HTTPException("got more than %d headers" % _HEADER_LIMIT)
        if line in _BLANK_LINES:
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
        for name in ('version', 'status', 'reason', 'chunked', 'chunk_left', 'length', 'will_close'):
            setattr(self, name, _NOT_READ_YET)
        self.url = url

    def _read_status(self):
        line = str(_read_limited_line(self.fp, "status line"), "iso-8859-1")
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
        self.version = _protocol_number(version)
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
        # fp is None from here on: that is what isclosed() and read() look at.
        fp, self.fp = self.fp, None
        fp.close()

    def readable(self):
        return True

    def close(self):
        try:
            super().close()
        finally:
            if self.fp is not None:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp is not None:
            self.fp.flush()

    def isclosed(self):
        """Whether the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """The body, or at most amt bytes of it; b"" once it has all been read."""
        if self.fp is not None and self._method == "HEAD":
            self._close_conn()  # a HEAD response has no body, whatever its headers announce
        if self.fp is None:
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None:
                amt = min(amt, self.length)
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
        if self._method == "HEAD" or self.isclosed():
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
        # Chunk extensions after ';' are ignored.
        size = _read_limited_line(self.fp, "chunk size").split(b";", 1)[0]
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
        # The lines after the last chunk, up to a blank one: trailer headers the model ignores.
        while _read_limited_line(self.fp, "trailer line") not in _BLANK_LINES:
            pass

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

    def _read_headers_or_fail(self):
        # The headers, once begin() has read them.
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers

    def getheader(self, name, default=None):
        """The value of the header name (several joined by ', '), or default."""
        values = self._read_headers_or_fail().get_all(name)
        if values is None:
            # default comes back as given, unless it is a list of values to join.
            if isinstance(default, str) or not hasattr(default, '__iter__'):
                return default
            values = default
        return ', '.join(values)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        return list(self._read_headers_or_fail().items())

    def info(self):
        return self.headers

    def __iter__(self):
        return self

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# -- connections ------------------------------------------------------------------------------

class HTTPConnection:
    """An HTTP/1.1 connection to host:port, opened by the first request: request() then
    getresponse(), as often as the server keeps the connection."""

    default_port = HTTP_PORT
    response_class = HTTPResponse
    # The model speaks HTTP/1.1 only; the pair is CPython's, for subclasses that read it.
    _http_vsn, _http_vsn_str = 11, 'HTTP/1.1'
    # Connect on the first send (0: raise NotConnected instead).
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.__state = _IDLE
        self.__response = None
        self.sock = None
        self._method = None
        self._buffer = []  # the request line and headers, sent together by endheaders()
        self.timeout, self.source_address, self.blocksize = timeout, source_address, blocksize
        self.host, self.port = self._get_hostport(host, port)
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
            if host.startswith('[') and host.endswith(']'):
                host = host[1:-1]
        return host, port

    def _validate_host(self, host):
        match = _Syntax.url_forbidden.search(host)
        if match:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {match.group()!r})")

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        """Connect to the host and port given when the connection was made."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        # Requests are written whole, so Nagle's delay would only slow the small ones.
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)

    def close(self):
        """Close the socket and the response being read, if any."""
        self.__state = _IDLE
        sock, self.sock = self.sock, None
        response, self.__response = self.__response, None
        try:
            if sock:
                sock.close()
        finally:
            # The response being read goes too, even when closing the socket failed.
            if response:
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
        head = b"\r\n".join(self._buffer) + b"\r\n\r\n"
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for chunk in self._body_pieces(message_body):
            if not chunk:
                continue
            if chunked:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def _body_pieces(self, body):
        # A file is read in blocks, a bytes-like object is one piece, an iterable yields its own.
        if hasattr(body, 'read'):
            return self._read_readable(body)
        if _is_buffer(body):
            return (body,)
        try:
            return iter(body)
        except TypeError:
            raise TypeError("message_body should be a bytes-like object or an iterable, got %r"
                            % type(body)) from None

    def _forget_finished_response(self):
        # A response read to its end no longer stands in the way of the next request.
        if self.__response and self.__response.isclosed():
            self.__response = None

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: its line, then Host and Accept-Encoding unless skipped."""
        self._forget_finished_response()
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _REQUEST_STARTED
        match = _Syntax.method_forbidden.search(method)
        if match:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {match.group()!r})")
        self._method = method
        url = url or '/'
        match = _Syntax.url_forbidden.search(url)
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
            netloc = urllib.parse.urlsplit(url).netloc
            if netloc:
                return netloc.encode("idna").decode('ascii')
        host = self.host.encode("idna").decode('ascii') if not self.host.isascii() else self.host
        if ':' in host:
            host = '[' + host + ']'
        return host if self.port == self.default_port else "%s:%s" % (host, self.port)

    def putheader(self, header, *values):
        """Send a header; several values are folded onto continuation lines."""
        if self.__state != _REQUEST_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _Syntax.header_name.fullmatch(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _Syntax.header_value_break.search(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request, with message_body if given."""
        if self.__state != _REQUEST_STARTED:
            raise CannotSendHeader()
        self.__state = _REQUEST_SENT
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
            return 0 if method.upper() in _Syntax.methods_with_body else None
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
        self._forget_finished_response()
        if self.__state != _REQUEST_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            response.begin()
        except BaseException as failure:
            # A server that hung up leaves no connection to reuse; the response is dropped always.
            if isinstance(failure, ConnectionError):
                self.close()
            response.close()
            raise
        self.__state = _IDLE
        if response.will_close:
            self.close()  # the response keeps its own reference to the socket's file
        else:
            self.__response = response
        return response


def _protocol_number(version):
    # HTTPResponse.version: 10 for HTTP/1.0 (and 0.9), 11 for any later HTTP/1.x.
    if version == "HTTP/1.0" or version == "HTTP/0.9":
        return 10
    if version[:7] == "HTTP/1.":
        return 11
    raise UnknownProtocol(version)


def _is_buffer(obj):
    # Whether obj supports the buffer protocol (array.array, mmap, ...).
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def _encode_body(body):
    # A str body must be ISO-8859-1 (HTTP's default), with CPython's hint when it is not.
    try:
        return body.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(err.encoding, err.object, err.start, err.end,
                                 "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
                                 "if you want to send it encoded in UTF-8." %
                                 ('Body', body[err.start:err.end], 'body')) from None
