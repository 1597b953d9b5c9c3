"""urllib.parse for the GIL Lab model: splitting, joining and quoting URLs as CPython 3.11 does.

Written for the model from CPython 3.11's documentation and observed behaviour, not copied from its
source. Every function takes str or bytes (never both at once: "Cannot mix str and non-str
arguments"); bytes are decoded as ASCII and the result encoded back, so bytes give the *Bytes
result classes. Differences: a non-ASCII netloc is not checked against NFKC normalization (the
model has no unicodedata), and urlsplit keeps no cache (clear_cache() does nothing).
"""

import collections
import re
import types

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# The schemes whose URLs are resolved relative to a base, carry a netloc, or carry ;params
# (CPython's lists, in its order).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# What urlsplit strips from the front of a URL (WHATWG's C0 controls and space) and removes
# everywhere (tab, CR, LF), as CPython 3.11.4+ does.
_C0_CONTROL_OR_SPACE = ''.join(chr(c) for c in range(33))
_UNSAFE_URL_CHARACTERS = ('\t', '\r', '\n')


def clear_cache():
    """CPython empties urlsplit's cache; the model keeps none."""


# -- str and bytes ----------------------------------------------------------------------------

def _as_text(*args):
    """The arguments as str, and the function that turns a result back into the callers' type.

    The first argument decides; an empty argument of the other type is allowed (as '').
    """
    text_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_input:
        return args + (_unchanged,)
    return tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args) + (_to_bytes,)


def _unchanged(value):
    return value


def _to_bytes(value):
    return value.encode('ascii', 'strict')


# -- the result classes -------------------------------------------------------------------------

class _ResultMixinStr(object):
    """encode() of the str results: the bytes counterpart."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(part.encode(encoding, errors) for part in self))


class _ResultMixinBytes(object):
    """decode() of the bytes results: the str counterpart."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(part.decode(encoding, errors) for part in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        # Lower-cased, except an IPv6 zone after '%', which keeps its case.
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        host, percent, zone = hostname.partition('%' if isinstance(hostname, str) else b'%')
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)

    def _netloc_parts(self, at, colon, open_bracket, close_bracket):
        # (username, password) and (hostname, port) of the netloc, with the separators of its type.
        userinfo, has_userinfo, hostinfo = self.netloc.rpartition(at)
        if has_userinfo:
            username, has_password, password = userinfo.partition(colon)
            if not has_password:
                password = None
        else:
            username = password = None
        _, bracketed, inside = hostinfo.partition(open_bracket)
        if bracketed:
            hostname, _, after = inside.partition(close_bracket)
            _, _, port = after.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        return (username, password), (hostname, port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return self._netloc_parts('@', ':', '[', ']')[0]

    @property
    def _hostinfo(self):
        return self._netloc_parts('@', ':', '[', ']')[1]


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return self._netloc_parts(b'@', b':', b'[', b']')[0]

    @property
    def _hostinfo(self):
        return self._netloc_parts(b'@', b':', b'[', b']')[1]


_DefragResultBase = collections.namedtuple('DefragResult', 'url fragment')
_SplitResultBase = collections.namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = collections.namedtuple('ParseResult', 'scheme netloc path params query fragment')
for _base in (_DefragResultBase, _SplitResultBase, _ParseResultBase):
    _base.__module__ = __name__
del _base


class _DefragURL:
    __slots__ = ()

    def geturl(self):
        # The fragment goes back after '#' only when there is one.
        return self.url + self._hash + self.fragment if self.fragment else self.url


class _SplitURL:
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class _ParseURL:
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(_DefragResultBase, _ResultMixinStr, _DefragURL):
    __slots__ = ()
    _hash = '#'


class SplitResult(_SplitResultBase, _NetlocResultMixinStr, _SplitURL):
    __slots__ = ()


class ParseResult(_ParseResultBase, _NetlocResultMixinStr, _ParseURL):
    __slots__ = ()


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes, _DefragURL):
    __slots__ = ()
    _hash = b'#'


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes, _SplitURL):
    __slots__ = ()


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes, _ParseURL):
    __slots__ = ()


for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text
del _text, _raw


def _result_of_type(result, convert):
    # A str result class as its bytes counterpart when the input was bytes.
    return result if convert is _unchanged else result.encode('ascii', 'strict')


# -- splitting and joining ----------------------------------------------------------------------

def _split_netloc(url):
    """A '//'-prefixed url as (netloc, rest): the netloc ends at the first '/', '?' or '#'."""
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, 2)
        if found >= 0:
            end = min(end, found)
    return url[2:end], url[end:]


def _is_ipv4(text):
    parts = text.split('.')
    return len(parts) == 4 and all(p.isdigit() and p.isascii() and len(p) <= 3 and int(p) <= 255
                                   and (p == '0' or not p.startswith('0')) for p in parts)


def _is_ipv6(text):
    # ipaddress.IPv6Address's grammar: hex groups of at most 4 digits, one '::' at most, an IPv4
    # tail allowed, and a '%zone' suffix.
    address, has_zone, zone = text.partition('%')
    if has_zone and not zone:
        return False
    groups = address.split(':')
    if groups and _is_ipv4(groups[-1]):
        groups[-1:] = ['0', '0']
    if address.count('::') > 1 or len(groups) < 3:
        return False
    if '::' in address:
        # The empty groups of '::' (two at either end, one inside) stand for at least one zero group.
        head, tail = address.split('::')
        groups = (head.split(':') if head else []) + (tail.split(':') if tail else [])
        if groups and _is_ipv4(groups[-1]):
            groups[-1:] = ['0', '0']
        if len(groups) > 7:
            return False
    elif len(groups) != 8:
        return False
    hex_digits = set('0123456789abcdefABCDEF')
    return all(0 < len(g) <= 4 and set(g) <= hex_digits for g in groups)


def _check_bracketed_host(host):
    # What is inside [...] must be an IPv6 address or an IPvFuture 'vX.something'.
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into SplitResult(scheme, netloc, path, query, fragment); % escapes stay.

    scheme is the default scheme; with allow_fragments false, '#' is not a separator.
    """
    url, scheme, convert = _as_text(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for unsafe in _UNSAFE_URL_CHARACTERS:
        url = url.replace(unsafe, '')
        scheme = scheme.replace(unsafe, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    # A scheme starts with an ASCII letter and holds only scheme_chars.
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return _result_of_type(SplitResult(scheme, netloc, url, query, fragment), convert)


def _split_params(path):
    # ';params' belongs to the last segment of the path.
    start = path.rfind('/') if '/' in path else 0
    semicolon = path.find(';', start)
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into ParseResult(scheme, netloc, path, params, query, fragment)."""
    url, scheme, convert = _as_text(url, scheme)
    split = urlsplit(url, scheme, allow_fragments)
    path, params = split.path, ''
    if split.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    result = ParseResult(split.scheme, split.netloc, path, params, split.query, split.fragment)
    return _result_of_type(result, convert)


def urlunsplit(components):
    """The URL of a 5-item iterable as urlsplit() gives; may differ from the original (an empty
    '?' is dropped)."""
    scheme, netloc, url, query, fragment, convert = _as_text(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return convert(url)


def urlunparse(components):
    """The URL of a 6-item iterable as urlparse() gives."""
    scheme, netloc, url, params, query, fragment, convert = _as_text(*components)
    if params:
        url = "%s;%s" % (url, params)
    return convert(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dot_segments(segments):
    # RFC 3986 5.2.4: '.' goes, '..' removes the segment before it (never above the root); a
    # path ending in '.' or '..' keeps its trailing slash.
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, as RFC 3986 section 5.2 does it (CPython 3.11's variant)."""
    if not base:
        return url
    if not url:
        return base
    base, url, convert = _as_text(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return convert(url)
    if scheme in uses_netloc:
        if netloc:
            return convert(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        # Only a query and/or fragment: the base's path, and its query unless there is one.
        return convert(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Relative: the base's directory (its last segment dropped) then this path; empty segments
        # in between go.
        directory = bpath.split('/')
        if directory[-1] != '':
            del directory[-1]
        segments = directory + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    return convert(urlunparse((scheme, netloc, _remove_dot_segments(segments), params, query, fragment)))


def urldefrag(url):
    """DefragResult(url without its fragment, fragment); the fragment is '' when there is none."""
    url, convert = _as_text(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        defragmented = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        fragment, defragmented = '', url
    return _result_of_type(DefragResult(defragmented, fragment), convert)


# -- quoting ------------------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEX_DIGITS = frozenset(b'0123456789ABCDEFabcdef')
_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote_to_bytes(string):
    """'%XX' escapes replaced by their bytes: unquote_to_bytes('a%26%EF') -> b'a&\\xef'.
    A '%' not followed by two hex digits stays as it is."""
    if not string:
        # An empty str or bytes gives b''; anything else (None, 0) fails as CPython's does.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX_DIGITS and piece[1] in _HEX_DIGITS:
            out.append(bytes([int(piece[:2], 16)]))
            out.append(piece[2:])
        else:
            out.append(b'%')
            out.append(piece)
    return b''.join(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """'%XX' escapes replaced by the characters their bytes decode to (with encoding and errors):
    unquote('abc%20def') -> 'abc def'. Non-ASCII characters are kept as they are."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    # Escapes are decoded a run of ASCII characters at a time.
    pieces = _ASCII_RUN.split(string)
    for i in range(1, len(pieces), 2):
        pieces[i] = unquote_to_bytes(pieces[i]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote(), with '+' also meaning a space (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """bs with every byte outside letters, digits, '_.-~' and safe written as '%XX'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    kept = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(byte) if byte in kept else '%{:02X}'.format(byte) for byte in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string with its special characters written as '%XX' (a str is encoded first, UTF-8 by
    default); letters, digits, '_.-~' and the characters in safe stay."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode('utf-8' if encoding is None else encoding,
                               'strict' if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote(), with spaces written as '+' (HTML form values)."""
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# -- query strings ------------------------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as 'key=value&...', each part quoted with quote_via.

    With doseq, a value that is a sequence (not str or bytes) gives one pair per element.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            # A non-empty str, or a sequence of anything but tuples, is refused.
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def quoted(part):
        if isinstance(part, bytes):
            return quote_via(part, safe)
        return quote_via(str(part), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = quoted(key)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pairs.append(key + '=' + quoted(value))
            else:
                pairs.extend(key + '=' + quoted(element) for element in value)
        else:
            pairs.append(key + '=' + quoted(value))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs, unquoted (with '+' as a space).

    keep_blank_values keeps 'a=' and 'a' as ('a', ''); strict_parsing raises ValueError for a
    field without '='; max_num_fields limits how many fields there may be.
    """
    qs, convert = _as_text(qs)
    separator, _ = _as_text(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator) if qs else []:
        if not field and not strict_parsing:
            continue
        name_value = field.split('=', 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            name_value.append('')
        if name_value[1] or keep_blank_values:
            name, value = (convert(unquote(part.replace('+', ' '), encoding=encoding, errors=errors))
                           for part in name_value)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values, in the order they came."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result
