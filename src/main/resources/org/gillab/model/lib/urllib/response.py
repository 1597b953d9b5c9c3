"""urllib.response for the GIL Lab model: the file-like wrappers urlopen returns for non-HTTP URLs
and that HTTPError is built on, as CPython 3.11's.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. CPython's addbase derives from tempfile._TemporaryFileWrapper; here it is a plain class
that delegates reading to its file.
"""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like wrapper of fp: reading, iteration and closing go to fp; a context manager."""

    def __init__(self, fp):
        self.fp = fp
        self.closed = False

    def __getattr__(self, name):
        # read, readline, readlines, fileno... are fp's own (only called once __init__ set fp).
        if name == 'fp':
            raise AttributeError(name)
        return getattr(self.fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if not self.closed:
            self.closed = True
            self.fp.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = None
                self.hookargs = None
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
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
