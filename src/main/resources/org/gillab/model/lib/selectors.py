"""The selectors module of the GIL Lab model: DefaultSelector over select.select.

Written for the model (not copied) to behave as CPython 3.11's Lib/selectors.py documents and does:
register/modify/unregister file objects with the events they wait for and data of their own,
select(timeout) the (key, events) pairs that are ready. The model has one selector kind, the
select(2)-style one, which is what DefaultSelector is here (CPython's is epoll on Linux); its wait
releases the GIL.

The classes are layered as CPython's are (BaseSelector, _BaseSelectorImpl, SelectSelector) and the
few lines a traceback can show out of this file read as CPython's do, so an error raised here
prints the same traceback as there.
"""

import abc
import collections
import collections.abc
import select

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = collections.namedtuple('SelectorKey', 'fileobj fd events data', module=__name__)
SelectorKey.__doc__ = """What a selector keeps for one registered file object: the object itself, its file descriptor,
    the EVENT_READ/EVENT_WRITE mask it waits for, and the caller's data.
    """


def _fileobj_to_fd(obj):
    # A file descriptor is an int as given, or whatever int() makes of obj.fileno(); anything that
    # has no usable fileno() is an invalid file object, a negative number an invalid descriptor.
    fd = obj
    if not isinstance(fd, int):
        try:
            number = obj.fileno()
            fd = int(number)
        except (TypeError, ValueError, AttributeError):
            raise ValueError("Invalid file object: "
                             f"{obj!r}") from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(collections.abc.Mapping):
    """get_map()'s read-only view: registered file objects (or their descriptors) to their keys."""

    def __init__(self, owner):
        self._selector = owner

    def _keys(self):
        # The selector's own table, live: the view changes as registrations do.
        return self._selector._fd_to_key

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        # Iterating yields descriptors, as CPython's view does.
        return iter(self._keys())

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._keys()[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None


class BaseSelector(metaclass=abc.ABCMeta):
    """The interface every selector offers: register file objects for events, then wait for them.

    Subclasses provide register, unregister, select and get_map; modify, get_key, close and the
    context manager come from here.
    """

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        """Starts watching fileobj for events (EVENT_READ | EVENT_WRITE); returns its SelectorKey."""
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        """Stops watching fileobj; returns the SelectorKey it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Changes what fileobj is watched for, or its data; returns its new SelectorKey."""
        self.unregister(fileobj)
        registered = self.register(fileobj, events, data)
        return registered

    @abc.abstractmethod
    def select(self, timeout=None):
        """Waits up to timeout seconds (None: for ever; <= 0: not at all) for registered files to
        become ready; a list of (key, ready events) pairs."""
        raise NotImplementedError

    def close(self):
        """Forgets every registration; the selector is not to be used afterwards."""

    def get_key(self, fileobj):
        """The SelectorKey of fileobj; KeyError when it is not registered."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abc.abstractmethod
    def get_map(self):
        """A read-only mapping of the registered file objects to their keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping every concrete selector shares: the keys by file descriptor."""

    def __init__(self):
        self._fd_to_key = {}
        self._view = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A file object whose fileno() no longer works (a closed socket) is still found by identity
        # among the registered ones, so it can be unregistered after it was closed.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            known = [key.fd for key in self._fd_to_key.values() if key.fileobj is fileobj]
            if not known:
                raise
            return known[0]

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        # setdefault stores the key unless the descriptor has one already, which is then refused.
        fd = key.fd
        if self._fd_to_key.setdefault(fd, key) is not key:
            raise KeyError("{!r} (FD {}) is already registered"
                           .format(fileobj, fd))
        return key

    def unregister(self, fileobj):
        fd = self._fileobj_lookup(fileobj)
        try:
            return self._fd_to_key.pop(fd)
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        fd = self._fileobj_lookup(fileobj)
        try:
            key = self._fd_to_key[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            # New events: a fresh registration, as BaseSelector makes it (so an invalid mask leaves
            # fileobj unregistered, as in CPython).
            return super().modify(fileobj, events, data)
        if data != key.data:
            # Only the data changed: the same registration under a new key (compared by ==, so
            # equal data keeps the old key object).
            renewed = key._replace(data=data)
            self._fd_to_key[renewed.fd] = renewed
            return renewed
        return key

    def close(self):
        self._fd_to_key.clear()
        self._view = None

    def get_map(self):
        return self._view


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select: the descriptors waited on for reading and for writing."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        self._watch(key.fd, events)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        for watched in (self._readers, self._writers):
            watched.discard(key.fd)
        return key

    def _watch(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def select(self, timeout=None):
        # A negative timeout polls, as 0 does; None waits for ever.
        wait = None if timeout is None else max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._readers, self._writers, [], wait)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        ready = []
        # Each descriptor once, with every event it is ready for among those it was registered for, in
        # the order of registration: a stable stand-in for epoll's order (that of becoming ready), which
        # an asyncio program's output follows when several sockets are ready at once.
        for fd, key in list(self._fd_to_key.items()):
            if fd in readable or fd in writable:
                happened = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
                ready.append((key, happened & key.events))
        return ready

    def close(self):
        self._readers.clear()
        self._writers.clear()
        super().close()


# The one selector the model has is the best it has (CPython picks epoll, kqueue... when present).
DefaultSelector = SelectSelector
