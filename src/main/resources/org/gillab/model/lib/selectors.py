"""The selectors module of the GIL Lab model: DefaultSelector over select.select.

Written for the model (not copied) to behave as CPython 3.11's Lib/selectors.py documents:
register/modify/unregister file objects with the events they wait for and data of their own,
select(timeout) the (key, events) pairs that are ready. The model has one selector kind, the
select(2)-style one, which is what DefaultSelector is here; its wait releases the GIL.
"""

import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

class SelectorKey(tuple):
    """SelectorKey(fileobj, fd, events, data): a registration, a named tuple as CPython's."""

    __slots__ = ()

    def __new__(cls, fileobj, fd, events, data):
        return tuple.__new__(cls, (fileobj, fd, events, data))

    fileobj = property(lambda self: self[0])
    fd = property(lambda self: self[1])
    events = property(lambda self: self[2])
    data = property(lambda self: self[3])

    def _replace(self, **changes):
        fields = dict(fileobj=self[0], fd=self[1], events=self[2], data=self[3])
        fields.update(changes)
        return SelectorKey(**fields)

    def __repr__(self):
        return f"SelectorKey(fileobj={self[0]!r}, fd={self[1]!r}, events={self[2]!r}, data={self[3]!r})"


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class _Map:
    """The read-only mapping of registered file objects to their keys (get_map())."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __getitem__(self, fileobj):
        fd = self._selector._fd(fileobj)
        return self._selector._keys[fd]

    def __iter__(self):
        return iter(self._selector._keys)

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except (KeyError, ValueError):
            return False
        return True

    def get(self, fileobj, default=None):
        return self[fileobj] if fileobj in self else default

    def keys(self):
        return self._selector._keys.keys()

    def values(self):
        return self._selector._keys.values()

    def items(self):
        return self._selector._keys.items()


class BaseSelector:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    """Selector over select.select."""

    def __init__(self):
        self._keys = {}
        self._map = _Map(self)

    def _fd(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fd(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._keys[self._fd(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        readers = [key.fileobj for key in self._keys.values() if key.events & EVENT_READ]
        writers = [key.fileobj for key in self._keys.values() if key.events & EVENT_WRITE]
        if not readers and not writers:
            if timeout:
                import time
                time.sleep(timeout)
            return []
        r, w, _ = select.select(readers, writers, [], timeout)
        r = {self._fd(f) for f in r}
        w = {self._fd(f) for f in w}
        ready = []
        for fd, key in list(self._keys.items()):
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            if events & key.events:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._keys.clear()
        self._map = None

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def get_map(self):
        return self._map


DefaultSelector = SelectSelector
