"""urllib.error for the GIL Lab model: the exceptions urllib.request raises, as CPython 3.11's.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. URLError is an OSError whose reason says why a URL could not be opened; HTTPError, a
URLError for a 4xx or 5xx answer, is also the response it carries (its body is readable).
"""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened: reason is a message or the OSError that stopped it.

    str(): '<urlopen error [Errno 111] Connection refused>'.
    """

    # Overriding __init__ leaves OSError's args to it: (reason,).
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """The server answered with an error status: code, msg (the reason phrase), hdrs and fp, the
    response whose body read() gives. str(): 'HTTP Error 404: Not Found'; args are empty."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        if fp is None:
            fp = io.BytesIO()
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)
        self.filename = url

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """urlretrieve got less than the Content-Length promised; content is what it got."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
