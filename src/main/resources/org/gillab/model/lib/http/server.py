"""http.server for the GIL Lab model: HTTPServer, ThreadingHTTPServer and BaseHTTPRequestHandler
as CPython 3.11's.

Mirrors CPython's Lib/http/server.py. Written for the model from the documentation and python3's
observed behaviour, not copied (the error page template is CPython's, as it is what clients see). The servers are socketserver's, so a ThreadingHTTPServer handles each connection in its
own thread, contending for the GIL. Not here: CGIHTTPRequestHandler and the command-line server
(python -m http.server). A request's headers are an http.client.HTTPMessage (see http.client);
SimpleHTTPRequestHandler understands an If-Modified-Since date in the usual IMF-fixdate form
('Sun, 06 Nov 1994 08:49:37 GMT') only.
"""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler"]

import calendar
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
from http import HTTPStatus
from urllib.parse import quote, unquote, urlsplit, urlunsplit

# The longest request line read (a longer one gets 414 URI Too Long).
_MAX_REQUEST_LINE = 65536

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


def _unquoted(url_path):
    """The %-escapes of a URL path decoded: as UTF-8, bytes that are not kept as surrogates."""
    try:
        return unquote(url_path, errors='surrogatepass')
    except UnicodeDecodeError:
        return unquote(url_path)


def _escape_html(text):
    # html.escape(text, quote=False), which the error page uses.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HTTPServer(socketserver.TCPServer):
    """A TCP server for HTTP: reuses its address, and knows its server_name and server_port."""

    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        # Known once bound: the port may have been chosen by the system (port 0).
        host, self.server_port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer answering each connection in a thread of its own, which does not keep the
    process alive."""
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Handles HTTP requests on a connection: parses each request line and its headers, then
    calls do_<COMMAND>(), which answers with send_response, send_header, end_headers and wfile.

    After parse_request: command, path, request_version, headers, requestline.
    """

    # The Server header names both: 'BaseHTTP/0.6 Python/3.11.7'.
    server_version = f"BaseHTTP/{__version__}"
    sys_version = f"Python/{sys.version.split()[0]}"
    # The page send_error writes, a %-format of code, message and explain, and its type.
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    # The version a request line without one has, and the version this server speaks (HTTP/1.1
    # keeps connections open).
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage

    # {code: (short message, long message)}, from HTTPStatus.
    responses = {status: (status.phrase, status.description) for status in HTTPStatus.__members__.values()}

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    # -- reading a request ---------------------------------------------------------------------

    def parse_request(self):
        """Parse self.raw_requestline and the headers after it; on an error, send it and return
        False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = self._version_number(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version.split('/', 1)[1])
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            # HTTP/0.9 knows only GET.
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        # '//x' would be taken for a netloc by urllib: it becomes '/x' (gh-87389).
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
            return False
        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "")
        if (expect.lower() == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    @staticmethod
    def _version_number(version):
        # 'HTTP/major.minor' as (major, minor): digits only, at most 10 of them; None otherwise.
        if not version.startswith('HTTP/'):
            return None
        parts = version.split('/', 1)[1].split(".")
        if len(parts) != 2 or not all(p.isdigit() and len(p) <= 10 for p in parts):
            return None
        return int(parts[0]), int(parts[1])

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with 100 Continue; return False to refuse the request."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and answer one request (a line of more than 65536 bytes gets 414)."""
        try:
            line = self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if not line:  # the client closed the connection
                self.close_connection = True
            elif len(line) > _MAX_REQUEST_LINE:
                # Nothing of the line is parsed: send_error finds the request's attributes empty.
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif self.parse_request():
                handler = getattr(self, 'do_' + self.command, None)
                if handler is None:
                    self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                    return
                handler()
                self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Answer requests until the connection is to close (after the first, unless it is kept alive)."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    # -- writing a response -------------------------------------------------------------------

    def send_error(self, code, message=None, explain=None):
        """Send an error response: its status line, headers and, for codes with a body, the
        HTML page of error_message_format (message and explain default to the code's)."""
        short, long = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        page = self._error_page(code, message, explain)
        if page is not None:
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(page)))
        self.end_headers()
        if page and self.command != 'HEAD':  # HEAD asks for the headers alone
            self.wfile.write(page)

    def _error_page(self, code, message, explain):
        """The encoded page of error_message_format; None for a status that has no body (1xx, 204
        No Content, 205 Reset Content, 304 Not Modified)."""
        if code < 200 or code in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED):
            return None
        fields = {'code': code, 'message': _escape_html(message), 'explain': _escape_html(explain)}
        return (self.error_message_format % fields).encode('UTF-8', 'replace')

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line and the Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffer the status line alone (an HTTP/0.9 request gets none)."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            self._headers_buffer_list().append(
                ("%s %d %s\r\n" % (self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def _headers_buffer_list(self):
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        return self._headers_buffer

    def send_header(self, keyword, value):
        """Buffer a header; Connection: close or keep-alive also decides close_connection."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer_list().append(("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection' and value.lower() in ('close', 'keep-alive'):
            self.close_connection = value.lower() == 'close'

    def end_headers(self):
        """End the headers with a blank line and send what is buffered."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer_list().append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        """Send the buffered status line and headers."""
        buffered = getattr(self, '_headers_buffer', None)
        if buffered is not None:
            self.wfile.write(b"".join(buffered))
            self._headers_buffer = []

    # -- logging ------------------------------------------------------------------------------

    def log_request(self, code='-', size='-'):
        """Log an accepted request: '"GET / HTTP/1.1" 200 -'."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    # Control characters in a logged message are written as \\xNN (and a backslash doubled), so
    # a client cannot write to the terminal.
    _control_char_table = str.maketrans(
        {c: fr'\x{c:02x}' for c in [*range(0x20), *range(0x7f, 0xa0)]} | {ord('\\'): r'\\'})

    def log_message(self, format, *args):
        """Write 'client - - [date] message' to stderr; override to log elsewhere."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(),
                                               message.translate(self._control_char_table)))

    def version_string(self):
        """The Server header: server_version and sys_version."""
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """timestamp (default: now) as an HTTP Date header: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
        if timestamp is None:
            timestamp = time.time()
        year, month, day, hh, mm, ss, weekday, _, _ = time.gmtime(timestamp)
        return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
            self.weekdayname[weekday], day, self.monthname[month], year, hh, mm, ss)

    def log_date_time_string(self):
        """The local time now, as logs show it: '05/Dec/2022 04:40:00'."""
        year, month, day, hh, mm, ss, _, _, _ = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (day, self.monthname[month], year, hh, mm, ss)

    def address_string(self):
        """The client's address, as logs show it."""
        return self.client_address[0]


# The files SimpleHTTPRequestHandler serves for a directory, before listing it.
_INDEX_PAGES = ("index.html", "index.htm")


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves the files under directory (the working directory by default) for GET and HEAD: a
    file with the type its name suggests, a directory's index.html or an HTML listing of it, a
    301 to the same path with a slash for a directory asked for without one, 404 otherwise."""

    server_version = "SimpleHTTP/" + __version__
    # Types for compressed files, tried before mimetypes (which would give the encoding's type).
    extensions_map = {'.gz': 'application/gzip', '.Z': 'application/octet-stream',
                      '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz'}

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(directory) if directory is not None else os.getcwd()
        super().__init__(*args, **kwargs)

    def do_GET(self):
        body = self.send_head()
        if body:
            try:
                self.copyfile(body, self.wfile)
            finally:
                body.close()

    def do_HEAD(self):
        body = self.send_head()
        if body:
            body.close()

    def send_head(self):
        """Send the status and headers for self.path; return the open file of the body to send,
        or None when there is none (a redirect, an error, not modified)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urlsplit(self.path)
            if not url.path.endswith('/'):
                self._redirect(urlunsplit(url._replace(path=url.path + '/')))
                return None
            index = self._index_page(path)
            if index is None:
                return self.list_directory(path)
            path = index
        ctype = self.guess_type(path)
        body = None
        if not path.endswith("/"):  # a file's path with a trailing slash names nothing (RFC 2396)
            try:
                body = open(path, 'rb')
            except OSError:
                pass
        if body is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            return self._file_head(body, path, ctype)
        except BaseException:
            body.close()
            raise

    def _redirect(self, location):
        """301 Moved Permanently to location, without a body."""
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    @staticmethod
    def _index_page(directory):
        """The directory's index.html (or index.htm), None when it has neither."""
        for name in _INDEX_PAGES:
            page = os.path.join(directory, name)
            if os.path.isfile(page):
                return page
        return None

    def _file_head(self, body, path, ctype):
        """The headers of the file open as body: 304 (body closed, None returned) when the client's
        copy is current, else 200 with its type, length and date (body returned)."""
        stats = os.stat(path)
        if self._not_modified_since(stats.st_mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.end_headers()
            body.close()
            return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", ctype)
        self.send_header("Content-Length", str(stats.st_size))
        self.send_header("Last-Modified", self.date_time_string(stats.st_mtime))
        self.end_headers()
        return body

    def _not_modified_since(self, mtime):
        # If-Modified-Since (ignored with If-None-Match, or when it is not a date) not before the
        # file's modification, to the second.
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = time.strptime(self.headers["If-Modified-Since"], "%a, %d %b %Y %H:%M:%S GMT")
        except ValueError:
            return False
        return int(mtime) <= calendar.timegm(since)

    def list_directory(self, path):
        """Send the HTML listing of directory path (names sorted without regard to case,
        directories with a '/', links with '@'); return it as a file, or None after a 404."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown = html.escape(_unquoted(self.path), quote=False)
        encoding = sys.getfilesystemencoding()
        title = f'Directory listing for {shown}'
        lines = ['<!DOCTYPE HTML>',
                 '<html lang="en">',
                 '<head>',
                 f'<meta charset="{encoding}">',
                 f'<title>{title}</title>\n</head>',
                 '<body>',
                 f'<h1>{title}</h1>',
                 '<hr>\n<ul>']
        for name in names:
            fullname = os.path.join(path, name)
            displayname = linkname = name
            if os.path.isdir(fullname):
                displayname = linkname = name + "/"
            if os.path.islink(fullname):
                displayname = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (quote(linkname, errors='surrogatepass'),
                                                          html.escape(displayname, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(lines).encode(encoding, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return io.BytesIO(encoded)

    def translate_path(self, path):
        """The file a URL path names under directory: query and fragment dropped, unquoted,
        normalised, and '.', '..' and any word with a directory part skipped; a trailing slash kept."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        path = _unquoted(path)
        result = self.directory
        for word in filter(None, posixpath.normpath(path).split('/')):
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + '/' if trailing_slash else result

    def copyfile(self, source, outputfile):
        """Copy the file source to outputfile (both binary files)."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-type of path: extensions_map's (as given, then lower case), mimetypes',
        or application/octet-stream."""
        base, ext = posixpath.splitext(path)
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        guess, _ = mimetypes.guess_type(path)
        return guess or 'application/octet-stream'
