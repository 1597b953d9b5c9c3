"""urllib.error for the GIL Lab model: the exceptions urllib.request raises, as CPython 3.11's.

Mirrors CPython's Lib/urllib/error.py. Written for the model from the documentation and python3's
observed behaviour, not copied. URLError is an OSError whose reason says why a URL could not be
opened; HTTPError, a URLError for a 4xx or 5xx answer, is also the response it carries (its body is
readable).
"""

import io
from urllib.response import addinfourl

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


def _alias(attribute, settable=True):
    """A property that reads (and, if settable, writes) another attribute under a second name."""
    def get(self):
        return getattr(self, attribute)

    def set(self, value):
        setattr(self, attribute, value)
    return property(get, set if settable else None)


class URLError(OSError):
    """A URL could not be opened: reason is a message or the OSError that stopped it.

    str(): '<urlopen error [Errno 111] Connection refused>'.
    """

    def __init__(self, reason, filename=None):
        # OSError would read a second argument as strerror; a URLError's args are its reason alone.
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, addinfourl):
    """The server answered with an error status: code, msg (the reason phrase), hdrs and fp, the
    response whose body read() gives. str(): 'HTTP Error 404: Not Found'; args are empty."""

    # URLError's reason is the status's phrase here; headers and hdrs are one attribute.
    reason = _alias('msg', settable=False)
    headers = _alias('hdrs')

    def __init__(self, url, code, msg, hdrs, fp):
        # URLError.__init__ is skipped on purpose: args stay empty, as CPython's are. Without a
        # body (fp None) the response reads an empty one.
        self.msg = msg
        addinfourl.__init__(self, io.BytesIO() if fp is None else fp, hdrs, url, code)
        self.filename = url

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'


class ContentTooShortError(URLError):
    """urlretrieve got less than the Content-Length promised; content is what it got."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
