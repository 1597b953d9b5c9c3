"""multiprocessing.managers for the GIL Lab model: BaseManager, SyncManager and their proxies.

Behaves as CPython 3.11's Lib/multiprocessing/managers.py documents (written for the model, not
copied). CPython's manager starts a server process that owns the shared objects and hands out
proxies that call it over a connection. The model's server is the parent process itself: a
manager's dict, list, namespace and value live there as shared objects
(_multiprocessing.SharedHandle 'dict', 'list', 'array'), as every multiprocessing Queue and Lock
does, and its Lock, Queue, Event... are those very objects behind a proxy. A proxy holds its handle,
travels to child processes and Pool workers, and each of its methods is one call on the parent.
Values go by copy both ways, so changing a value fetched from a proxy (d['k'].append(1)) changes
only the copy, as in CPython. start() and shutdown() start and stop no process, so proxies go on
working after shutdown(); registering types of your own (register()) and connecting to a remote
manager are not supported.
"""

import sys

from _multiprocessing import SharedHandle

from . import process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

INITIAL, STARTED, SHUTDOWN = 'INITIAL', 'STARTED', 'SHUTDOWN'


class Token(object):
    """What identifies a shared object: its type id and its handle in the parent."""

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (self.__class__.__name__, self.typeid, self.address, self.id)


class Namespace(object):
    """The referent a NamespaceProxy's str() shows."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (name, value) for name, value in self.__dict__.items() if not name.startswith('_'))
        return '%s(%s)' % (self.__class__.__name__, ', '.join(shown))


class Value(object):
    """The referent a ValueProxy's str() shows."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


class BaseProxy(object):
    """A reference to an object in the parent process (see the module's docstring)."""

    def __init__(self, typeid):
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        return getattr(self, methodname)(*args, **kwds)

    def _getvalue(self):
        """A copy of the referent."""
        raise NotImplementedError("the GIL Lab model's %s has no copy of its referent" % type(self).__name__)

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return str(self._getvalue())


def _hashable(key):
    hash(key)  # TypeError: unhashable type, as the dict in CPython's server says
    return key


class DictProxy(BaseProxy):

    def __init__(self, typeid, mapping):
        BaseProxy.__init__(self, typeid)
        self._handle = SharedHandle('dict', mapping)

    def _getvalue(self):
        return self._handle.call('copy')

    def __getitem__(self, key):
        found = self._handle.call('lookup', _hashable(key))
        if not found[0]:
            raise KeyError(key)
        return found[1]

    def __setitem__(self, key, value):
        self._handle.call('set', _hashable(key), value)

    def __delitem__(self, key):
        if not self._handle.call('delete', _hashable(key))[0]:
            raise KeyError(key)

    def __len__(self):
        return self._handle.call('len')

    def __contains__(self, key):
        return self._handle.call('contains', _hashable(key))

    def __iter__(self):
        return iter(self._handle.call('keys'))

    def get(self, key, default=None):
        found = self._handle.call('lookup', _hashable(key))
        return found[1] if found[0] else default

    def setdefault(self, key, default=None):
        return self._handle.call('setdefault', _hashable(key), default)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d' % (1 + len(default)))
        found = self._handle.call('pop', _hashable(key))
        if found[0]:
            return found[1]
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        item = self._handle.call('popitem')
        if item is None:
            raise KeyError('popitem(): dictionary is empty')
        return item

    def update(self, *args, **kwds):
        self._handle.call('update', dict(*args, **kwds))

    def clear(self):
        self._handle.call('clear')

    def copy(self):
        return self._handle.call('copy')

    def keys(self):
        return self._handle.call('keys')

    def values(self):
        return self._handle.call('values')

    def items(self):
        return self._handle.call('items')


class ListProxy(BaseProxy):

    def __init__(self, typeid, sequence):
        BaseProxy.__init__(self, typeid)
        self._handle = SharedHandle('list', list(sequence))

    def _getvalue(self):
        return self._handle.call('copy')

    def _replace(self, items):
        self._handle.call('replace', items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._getvalue()[index]
        return self._handle.call('getitem', _index(index))

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = self._getvalue()
            items[index] = value
            self._replace(items)
        else:
            self._handle.call('setitem', _index(index), value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            items = self._getvalue()
            del items[index]
            self._replace(items)
        else:
            self._handle.call('delitem', _index(index))

    def __len__(self):
        return self._handle.call('len')

    def __contains__(self, value):
        return self._handle.call('find', value, 0, sys.maxsize) >= 0

    def __iter__(self):
        return iter(self._getvalue())

    def __reversed__(self):
        return reversed(self._getvalue())

    def __add__(self, other):
        return self._getvalue() + other

    def __mul__(self, n):
        return self._getvalue() * n

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        self._replace(self._getvalue() * n)
        return self

    def append(self, value):
        self._handle.call('append', value)

    def extend(self, iterable):
        self._handle.call('extend', list(iterable))

    def insert(self, index, value):
        self._handle.call('insert', _index(index), value)

    def remove(self, value):
        self._handle.call('remove', value)

    def index(self, value, start=0, stop=sys.maxsize):
        found = self._handle.call('find', value, _index(start), _index(stop))
        if found < 0:
            raise ValueError('%r is not in list' % (value,))
        return found

    def count(self, value):
        return self._handle.call('count', value)

    def pop(self, index=-1):
        return self._handle.call('pop', _index(index))

    def reverse(self):
        self._handle.call('reverse')

    def sort(self, *, key=None, reverse=False):
        # sorted here, by this process's comparisons (CPython sorts in its server)
        items = self._getvalue()
        items.sort(key=key, reverse=reverse)
        self._replace(items)


def _index(i):
    if not hasattr(type(i), '__index__'):
        raise TypeError('list indices must be integers or slices, not %s' % type(i).__name__)
    return i.__index__()


class NamespaceProxy(BaseProxy):
    """Attributes not starting with '_' live in the parent."""

    def __init__(self, typeid, attributes):
        BaseProxy.__init__(self, typeid)
        self._handle = SharedHandle('dict', attributes)

    def _getvalue(self):
        return Namespace(**self._handle.call('copy'))

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        found = self._handle.call('lookup', name)
        if not found[0]:
            raise AttributeError("'Namespace' object has no attribute '%s'" % name)
        return found[1]

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._handle.call('set', name, value)

    def __delattr__(self, name):
        if name.startswith('_'):
            object.__delattr__(self, name)
        elif not self._handle.call('delete', name)[0]:
            raise AttributeError(name)


class ValueProxy(BaseProxy):

    def __init__(self, typeid, typecode, value):
        BaseProxy.__init__(self, typeid)
        self._typecode = typecode
        self._handle = SharedHandle('array', [value])

    def _getvalue(self):
        return Value(self._typecode, self.get())

    def get(self):
        return self._handle.call('get', 0)

    def set(self, value):
        self._handle.call('set', 0, value)

    value = property(get, set)


class ArrayProxy(BaseProxy):
    """A manager's Array: len() and items of an array.array in the parent."""

    def __init__(self, typeid, typecode, sequence):
        BaseProxy.__init__(self, typeid)
        self._typecode = typecode
        self._handle = SharedHandle('list', list(sequence))

    _getvalue = ListProxy._getvalue
    _replace = ListProxy._replace
    __len__ = ListProxy.__len__
    __getitem__ = ListProxy.__getitem__
    __setitem__ = ListProxy.__setitem__

    def __str__(self):
        return 'array(%r, %r)' % (self._typecode, self._getvalue())


def _forward(name):
    """A proxy method that calls the same method of the proxy's referent."""
    def method(self, *args, **kwds):
        return getattr(self._referent, name)(*args, **kwds)
    method.__name__ = name
    return method


class _ReferentProxy(BaseProxy):
    """A proxy for one of multiprocessing's own shared objects (a Lock, a Queue...), its referent."""

    def __init__(self, typeid, referent):
        BaseProxy.__init__(self, typeid)
        self._referent = referent

    def __str__(self):
        return str(self._referent)


class AcquirerProxy(_ReferentProxy):
    acquire = _forward('acquire')
    release = _forward('release')
    __enter__ = _forward('__enter__')
    __exit__ = _forward('__exit__')


class ConditionProxy(AcquirerProxy):
    wait = _forward('wait')
    wait_for = _forward('wait_for')
    notify = _forward('notify')
    notify_all = _forward('notify_all')


class EventProxy(_ReferentProxy):
    is_set = _forward('is_set')
    set = _forward('set')
    clear = _forward('clear')
    wait = _forward('wait')


class BarrierProxy(_ReferentProxy):
    wait = _forward('wait')
    abort = _forward('abort')
    reset = _forward('reset')
    parties = property(lambda self: self._referent.parties)
    n_waiting = property(lambda self: self._referent.n_waiting)
    broken = property(lambda self: self._referent.broken)


def _auto_proxy(typeid, names):
    """CPython's AutoProxy[typeid] class: the referent's methods, each forwarded."""
    name = 'AutoProxy[%s]' % typeid
    cls = type(name, (_ReferentProxy,), {n: _forward(n) for n in names})
    cls.__qualname__ = name
    globals()[name] = cls  # where pickle finds it when a proxy is sent to another process
    return cls


_QUEUE_METHODS = ('put', 'get', 'put_nowait', 'get_nowait', 'qsize', 'empty', 'full', 'task_done', 'join')
_QueueProxy = _auto_proxy('Queue', _QUEUE_METHODS)
_JoinableQueueProxy = _auto_proxy('JoinableQueue', _QUEUE_METHODS)


class BaseManager(object):
    """A manager of shared objects; the model's "server" is this process (see the module's docstring)."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if serializer != 'pickle':
            raise ValueError("the GIL Lab model's managers send values by pickle only, not %r" % (serializer,))
        self._address = address
        self._state = INITIAL

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        raise NotImplementedError("the GIL Lab model's managers share only SyncManager's types: "
                                  "register(%r) is not supported" % (typeid,))

    def connect(self):
        raise NotImplementedError("the GIL Lab model's managers run in the process that made them: connect() is not supported")

    def get_server(self):
        raise NotImplementedError("the GIL Lab model's managers have no server process: get_server() is not supported")

    def start(self, initializer=None, initargs=()):
        from . import ProcessError
        if self._state == STARTED:
            raise ProcessError("Already started server")
        if self._state == SHUTDOWN:
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        process._take_child_number()  # CPython's server is a Process of this one
        self._state = STARTED

    def shutdown(self):
        if self._state == STARTED:
            self._state = SHUTDOWN

    def join(self, timeout=None):
        pass

    def _check_started(self):
        assert self._state == STARTED, 'server not yet started'

    def __enter__(self):
        from . import ProcessError
        if self._state == INITIAL:
            self.start()
        if self._state == SHUTDOWN:
            raise ProcessError("Manager has shut down")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def _referent_method(typeid, proxytype, make):
    """A SyncManager method: make(*args) is the referent, in a proxy of proxytype."""
    def method(self, *args, **kwds):
        self._check_started()
        return proxytype(typeid, make(*args, **kwds))
    method.__name__ = typeid
    return method


def _synchronize(name):
    def make(*args, **kwds):
        from . import synchronize
        return getattr(synchronize, name)(*args, **kwds)
    return make


def _queue(maxsize=0):
    from .queues import JoinableQueue
    return JoinableQueue(maxsize)


def _condition(lock=None):
    from .synchronize import Condition
    return Condition(lock._referent if isinstance(lock, AcquirerProxy) else lock)


class SyncManager(BaseManager):
    """BaseManager with the types CPython's SyncManager registers."""

    def dict(self, *args, **kwds):
        self._check_started()
        return DictProxy('dict', dict(*args, **kwds))

    def list(self, sequence=()):
        self._check_started()
        return ListProxy('list', sequence)

    def Namespace(self, **kwds):
        self._check_started()
        return NamespaceProxy('Namespace', kwds)

    def Value(self, typecode, value, lock=True):
        self._check_started()
        return ValueProxy('Value', typecode, value)

    def Array(self, typecode, sequence, lock=True):
        self._check_started()
        return ArrayProxy('Array', typecode, sequence)

    Lock = _referent_method('Lock', AcquirerProxy, _synchronize('Lock'))
    RLock = _referent_method('RLock', AcquirerProxy, _synchronize('RLock'))
    Semaphore = _referent_method('Semaphore', AcquirerProxy, _synchronize('Semaphore'))
    BoundedSemaphore = _referent_method('BoundedSemaphore', AcquirerProxy, _synchronize('BoundedSemaphore'))
    Condition = _referent_method('Condition', ConditionProxy, _condition)
    Event = _referent_method('Event', EventProxy, _synchronize('Event'))
    Barrier = _referent_method('Barrier', BarrierProxy, _synchronize('Barrier'))
    Queue = _referent_method('Queue', _QueueProxy, _queue)
    JoinableQueue = _referent_method('JoinableQueue', _JoinableQueueProxy, _queue)
