"""urllib.request for the GIL Lab model: urlopen, Request and the opener of handlers, as CPython
3.11's, for http://, file:// and data: URLs.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. An http:// URL is fetched with http.client, so a thread blocked on the server releases
the GIL. As on a CPython built without ssl there is no HTTPSHandler: an https:// URL raises
URLError('unknown url type: https'). Not here: proxies (getproxies() returns {} and ProxyHandler
takes only an empty mapping, the idiom that turns proxies off), cookies, authentication handlers,
ftp:// and the legacy URLopener classes.
"""

import base64
import bisect
import contextlib
import http.client
import io
import mimetypes
import os
import re
import socket
import string
import sys
import tempfile
import time

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urljoin, urlunparse, quote, unquote,
                          unquote_to_bytes)
from urllib.response import addinfourl

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'ProxyHandler', 'HTTPHandler', 'FileHandler', 'DataHandler',
    'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies',
    'urlretrieve', 'urlcleanup',
]

# The User-Agent urlopen sends: 'Python-urllib/3.11'.
__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open url (a str or a Request) with the installed opener, or build_opener()'s: for http://
    the http.client.HTTPResponse (its url and msg set), an HTTPError for a 4xx or 5xx answer."""
    global _opener
    if cafile or capath or cadefault or context:
        # What a CPython without ssl says.
        raise ValueError('SSL support not available')
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy url's body to filename (a temporary file when None); return (filename, headers).

    reporthook(block_number, block_size, total_size) is called before the first block and after
    each one (total_size is -1 without a Content-Length); a body shorter than its Content-Length
    raises ContentTooShortError. A file:// URL without filename returns its own path."""
    url_type, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if url_type == 'file' and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)
        with target:
            result = filename, headers
            block_size = 1024 * 8
            size = int(headers['Content-Length']) if 'content-length' in headers else -1
            received = 0
            blocks = 0
            if reporthook:
                reporthook(blocks, block_size, size)
            while True:
                block = fp.read(block_size)
                if not block:
                    break
                received += len(block)
                target.write(block)
                blocks += 1
                if reporthook:
                    reporthook(blocks, block_size, size)
    if size >= 0 and received < size:
        raise ContentTooShortError('retrieval incomplete: got only %i out of %i bytes' % (received, size),
                                   result)
    return result


def urlcleanup():
    """Remove urlretrieve's temporary files and forget the installed opener."""
    global _opener
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


def getproxies():
    """The proxies by scheme: always {} in the model, which reads no *_proxy variables."""
    return {}


def pathname2url(pathname):
    """A local path as the path of a file: URL (quoted)."""
    return quote(pathname)


def url2pathname(pathname):
    """The local path of a file: URL's path (unquoted)."""
    return unquote(pathname)


# -- splitting URLs (urllib.parse's private helpers in CPython) --------------------------------

def _unwrap(url):
    # '<URL:http://x/>' and surrounding white space removed.
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    # 'http://h/p' -> ('http', '//h/p'); the scheme lowered; (None, url) without one.
    match = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if match:
        scheme, rest = match.groups()
        return scheme.lower(), rest
    return None, url


def _splithost(url):
    # '//h:80/p' -> ('h:80', '/p'); a path not starting with '/' gets one; (None, url) without '//'.
    match = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if match:
        host, path = match.groups()
        if path and not path.startswith('/'):
            path = '/' + path
        return host, path
    return None, url


def _splittag(url):
    # 'u#frag' -> ('u', 'frag'); (url, None) without '#'.
    path, hash_, tag = url.rpartition('#')
    return (path, tag) if hash_ else (url, None)


_cut_port = re.compile(r':\d+$', re.ASCII)


def request_host(request):
    """The request's host, lower case and without its port (its Host header when the URL has none)."""
    host = urlparse(request.full_url)[1] or request.get_header('Host', '')
    return _cut_port.sub('', host, 1).lower()


# -- requests ---------------------------------------------------------------------------------

class Request:
    """A request for a URL: its data (the body: the method is POST when there is one) and headers
    (names stored capitalized: 'Content-type'); type, host and selector come from full_url."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url  # sets type, host, selector and fragment too
        self.headers, self.unredirected_hdrs = {}, {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method  # else get_method() decides by the data

    def _get_full_url(self):
        return self._full_url + '#' + self.fragment if self.fragment else self._full_url

    def _set_full_url(self, url):
        self._full_url, self.fragment = _splittag(_unwrap(url))
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def _forget_full_url(self):
        self._full_url, self.fragment, self.selector = None, None, ''

    full_url = property(_get_full_url, _set_full_url, _forget_full_url)

    def _set_data(self, data):
        # New data makes a Content-length set for the old one stale.
        if data == self._data:
            return
        self._data = data
        if self.has_header('Content-length'):
            self.remove_header('Content-length')

    data = property(lambda self: self._data, _set_data, lambda self: self._set_data(None))

    def get_method(self):
        """The method given, else POST with data and GET without."""
        return getattr(self, 'method', 'POST' if self.data is not None else 'GET')

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.type = type
        self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header that is not sent again when the request is redirected."""
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        """(name, value) pairs: the unredirected headers, then the others (which win)."""
        return list({**self.unredirected_hdrs, **self.headers}.items())


# -- the opener -------------------------------------------------------------------------------

def _as_request(url_or_request, data):
    """A Request for a URL string; a Request itself, its data replaced by data when that is given."""
    if isinstance(url_or_request, str):
        return Request(url_or_request, data)
    if data is not None:
        url_or_request.data = data
    return url_or_request


class OpenerDirector:
    """Opens requests with its handlers, which it finds by their methods' names: <type>_open,
    <type>_request and <type>_response, <type>_error_<code> (http_error_404...) and
    http_error_default; each list is in the handlers' handler_order."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    # Methods with these names are not hooks.
    _NOT_HOOKS = ('redirect_request', 'do_open', 'proxy_open')

    def add_handler(self, handler):
        if not hasattr(handler, 'add_parent'):
            raise TypeError('expected BaseHandler instance, got %r' % type(handler))
        added = False
        for name in dir(handler):
            chain, kind = self._hook(name)
            if chain is None:
                continue
            handlers = chain.setdefault(kind, [])
            bisect.insort(handlers, handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def _hook(self, name):
        # The table a handler method named name belongs in and its key there, or (None, None).
        if name in self._NOT_HOOKS:
            return None, None
        protocol, underscore, condition = name.partition('_')
        if not underscore:
            return None, None
        if condition.startswith('error'):
            # http_error_302 -> handle_error['http'][302]; http_error_default -> ['http']['default'].
            kind = condition.partition('_')[2]
            try:
                kind = int(kind)
            except ValueError:
                pass
            return self.handle_error.setdefault(protocol, {}), kind
        tables = {'open': self.handle_open, 'response': self.process_response,
                  'request': self.process_request}
        return tables.get(condition), protocol

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # The first handler's result that is not None.
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a str or a Request, whose data a given data replaces): the request
        processors, then the openers, then the response processors."""
        req = _as_request(fullurl, data)
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + '_request')(req)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + '_response')(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Handle an error: for http, args are (req, fp, code, msg, headers) and the handlers of
        http_error_<code>, then of http_error_default, are tried."""
        if proto in ('http', 'https'):
            chain = self.handle_error['http']
            code = args[2]
            result = self._call_chain(chain, code, 'http_error_%s' % code, *args)
            if result:
                return result
            return self._call_chain(chain, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers and handlers (classes or instances); a given
    handler replaces the default it is an instance or subclass of."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]

    def replaces(given, default):
        return issubclass(given, default) if isinstance(given, type) else isinstance(given, default)

    for default in defaults:
        if not any(replaces(given, default) for given in handlers):
            opener.add_handler(default())
    for handler in handlers:
        opener.add_handler(handler() if isinstance(handler, type) else handler)
    return opener


class BaseHandler:
    """The base of handlers: handler_order places it among the others (lower runs first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, 'handler_order'):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Hands a response whose status is not 2xx to the opener's error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not 200 <= code < 300:
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises the HTTPError an unhandled error status comes to."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 answers to GET and HEAD, and 301, 302 and 303 answers to
    POST (as a GET without the body); the same URL at most max_repeats times, at most
    max_redirections URLs in all."""

    max_repeats = 4
    max_redirections = 10

    inf_msg = ('The HTTP server returned a redirect error that would lead to an infinite loop.\n'
               'The last 30x error message was:\n')

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request for newurl, or HTTPError when this redirect is not followed; return None to
        stop following it."""
        method = req.get_method()
        if not (code in (301, 302, 303, 307, 308) and method in ('GET', 'HEAD')
                or code in (301, 302, 303) and method == 'POST'):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        # The body is not sent again, nor the headers that describe it.
        kept = {name: value for name, value in req.headers.items()
                if name.lower() not in ('content-length', 'content-type')}
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if 'location' in headers:
            newurl = headers['location']
        elif 'uri' in headers:
            newurl = headers['uri']
        else:
            return None
        newurl = urljoin(req.full_url, self._quoted_location(newurl))
        if urlparse(newurl).scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        # Loop detection: the URLs followed so far, shared by the requests of one chain.
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        # Read the redirect's body so that the connection can be closed cleanly.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    @staticmethod
    def _quoted_location(location):
        # A Location without a path gets '/'; characters a URL may not hold are quoted.
        parts = urlparse(location)
        if not parts.path and parts.netloc:
            location = urlunparse(parts._replace(path='/'))
        return quote(location, encoding='iso-8859-1', safe=string.punctuation)


class ProxyHandler(BaseHandler):
    """Proxies are not modelled: only an empty mapping (or None, as getproxies() is {}) is taken."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, 'keys'):
            raise AttributeError('proxies must be a mapping')
        if proxies:
            raise NotImplementedError('the GIL Lab model has no proxy support')
        self.proxies = proxies


class AbstractHTTPHandler(BaseHandler):
    """Prepares a request's headers (do_request_) and sends it with an http.client connection
    (do_open)."""

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def get_debuglevel(self):
        return self._debuglevel

    def do_request_(self, request):
        """Add Content-type and Content-length (or chunked Transfer-encoding) for data, Host and
        the opener's addheaders, unless the request has them."""
        if not request.host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError('POST data should be bytes, an iterable of bytes, or a file object. '
                                'It cannot be of type str.')
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length') and not request.has_header('Transfer-encoding'):
                length = http.client.HTTPConnection._content_length(data, request.get_method())
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', request.host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req on a new http_class connection (closed after the one response) and return the
        response, with url set to the request's and msg to the reason phrase. An OSError while
        sending (a refused connection...) becomes URLError."""
        host = req.host
        if not host:
            raise URLError('no host given')
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update((name, value) for name, value in req.headers.items() if name not in headers)
        # One request per connection: a keep-alive reply would leave the socket open.
        headers['Connection'] = 'close'
        headers = {name.title(): value for name, value in headers.items()}
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last resort: a URL type no handler opens."""

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def _headers(**fields):
    # An http.client.HTTPMessage of the given fields, in order ('Content_type' -> 'Content-type').
    message = http.client.HTTPMessage()
    for name, value in fields.items():
        message[name.replace('_', '-')] = value
    return message


class FileHandler(BaseHandler):
    """Opens file:// URLs on this host: an addinfourl with Content-type (guessed from the name),
    Content-length and Last-modified; an OSError becomes URLError."""

    def file_open(self, req):
        filename = req.selector
        try:
            stats = os.stat(url2pathname(filename))
            headers = _headers(Content_type=mimetypes.guess_type(filename)[0] or 'text/plain',
                               Content_length=str(stats.st_size),
                               Last_modified=time.strftime('%a, %d %b %Y %H:%M:%S GMT',
                                                           time.gmtime(stats.st_mtime)))
        except OSError as exp:
            raise URLError(exp)
        # The file is looked at before the host, as CPython does.
        if req.host and not self._is_local(req.host):
            raise URLError('file not on local host')
        try:
            fp = open(url2pathname(filename), 'rb')
        except OSError as exp:
            raise URLError(exp)
        return addinfourl(fp, headers, 'file://' + (req.host or '') + filename)

    @staticmethod
    def _is_local(host):
        # A host without a port whose address is this machine's loopback or its own name's.
        if ':' in host:
            return False
        try:
            address = socket.gethostbyname(host)
            return address == '127.0.0.1' or address == socket.gethostbyname(socket.gethostname())
        except OSError:
            return False


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397): 'data:[<mediatype>][;base64],<data>'."""

    def data_open(self, req):
        url = req.full_url
        mediatype, comma, data = url.partition(':')[2].partition(',')
        if not comma:
            raise ValueError('data URL must have a comma')
        data = unquote_to_bytes(data)
        if mediatype.endswith(';base64'):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-len(';base64')]
        headers = _headers(Content_type=mediatype or 'text/plain;charset=US-ASCII',
                           Content_length=str(len(data)))
        return addinfourl(io.BytesIO(data), headers, url)
