"""urllib.response for the GIL Lab model: the file-like wrappers urlopen returns for non-HTTP URLs
and that HTTPError is built on, as CPython 3.11's.

Mirrors CPython's Lib/urllib/response.py. Written for the model from the documentation and python3's
observed behaviour, not copied. CPython's addbase derives from tempfile._TemporaryFileWrapper; here
it is a plain class that hands reading to the file it wraps.
"""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like wrapper of fp: reading, iteration and closing go to fp; a context manager."""

    def __init__(self, fp):
        self.fp = fp
        self.closed = False

    def __getattr__(self, name):
        # Only names the wrapper lacks get here (read, readline, fileno...). Asking for fp itself
        # means __init__ has not run yet: refuse rather than recurse.
        if name == 'fp':
            raise AttributeError(name)
        return getattr(self.fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.fp!r}>'

    def __enter__(self):
        # A with statement on a wrapper whose file is already closed fails as the file would.
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self.closed:
            return
        self.closed = True
        self.fp.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        # The hook is taken off before it runs, so a second close (or a hook that closes) skips it;
        # the file is closed even when the hook raises.
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook:
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Adds the headers: info() and the headers attribute."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds the URL and the status code: url, geturl(), status, code and getcode()."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    # The read-only status attribute http.client's responses have too: the same code.
    status = property(getcode)
