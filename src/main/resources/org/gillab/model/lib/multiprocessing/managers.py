"""multiprocessing.managers for the GIL Lab model: BaseManager, SyncManager and their proxies.

Behaves as CPython 3.11's Lib/multiprocessing/managers.py documents (written for the model, not
copied). CPython's manager starts a server process that owns the shared objects and hands out
proxies that call it over a connection. The model's server is the parent process itself.
SyncManager's dict, list and value live there as shared objects (_multiprocessing.SharedHandle
'dict', 'list', 'array'), as every multiprocessing Queue and Lock does, and its Lock, Queue,
Event... are those very objects behind a proxy; such a proxy holds its handle, travels to child
processes and Pool workers, and each of its methods is one call on the parent. The objects of
registered types (register(); SyncManager's Namespace is one, as in CPython) are Python objects in
the parent, the referents of the manager's _Server, whose threads run their methods for every
proxy's call, the parent's own and those that children send over their pipes (a SharedHandle
'manager'). Values go by copy both ways, as pickle copies them, so changing a value fetched from a
proxy (d['k'].append(1)) changes only the copy, as in CPython. start() starts no process;
connecting to a remote manager is not supported.
"""

import _thread
import errno
import sys

from _multiprocessing import SharedHandle

from . import process
from . import util

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

INITIAL, STARTED, SHUTDOWN = 'INITIAL', 'STARTED', 'SHUTDOWN'


class Token(object):
    """What identifies a shared object: its type id, its manager's address and its ident there; in the
    model also the handle of the manager's server, which the proxy calls (CPython connects to address)."""

    __slots__ = ('typeid', 'address', 'id', '_server')

    def __init__(self, typeid, address, id, server=None):
        self.typeid, self.address, self.id, self._server = typeid, address, id, server

    def __getstate__(self):
        return self.typeid, self.address, self.id, self._server

    def __setstate__(self, state):
        self.typeid, self.address, self.id, self._server = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    """What the server's traceback becomes in the caller, framed by rules."""

    def __str__(self):
        rule = '-' * 75
        return '\n%s\n%s%s' % (rule, self.args[0], rule)


def all_methods(obj):
    """The names of obj's callable attributes, in dir() order."""
    return [name for name in dir(obj) if callable(getattr(obj, name))]


def public_methods(obj):
    """all_methods(obj) without the names that start with an underscore."""
    return [name for name in all_methods(obj) if name[0] != '_']


def convert_to_error(kind, result):
    """The exception a proxy raises for the server's answer of this kind: '#ERROR' carries it."""
    if kind == '#ERROR':
        return result
    if kind not in ('#TRACEBACK', '#UNSERIALIZABLE'):
        return ValueError('Unrecognized message type {!r}'.format(kind))
    if not isinstance(result, str):
        raise TypeError("Result {0!r} (kind '{1}') type is {2}, not str".format(result, kind, type(result)))
    return RemoteError(('Unserializable message: %s\n' % result) if kind == '#UNSERIALIZABLE' else result)


def _request(server, ident, methodname, args=(), kwds={}):
    """(kind, result): the server's answer to a call of methodname on the referent ident (None: the server's own)."""
    kind, result = server.call('call', ident, methodname, args, kwds)
    if kind == '#CLOSED':
        # the manager has shut down: what a proxy of CPython's exited server process meets
        raise BrokenPipeError(errno.EPIPE, 'Broken pipe')
    return kind, result


def dispatch(server, ident, methodname, args=(), kwds={}):
    """The result of a request to the server, its failure raised."""
    kind, result = _request(server, ident, methodname, args, kwds)
    if kind != '#RETURN':
        raise convert_to_error(kind, result)
    return result


class _Server(object):
    """What CPython's manager process runs, in this process: the referents of the registered types, by
    ident, and the threads that run their methods for the proxies (see ManagerServer in the model's
    Java). The threads are _thread's, not threading's: CPython's live in the server's process, so this
    process's threading.enumerate() does not list them."""

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.id_to_obj = {}
        self.handle = SharedHandle('manager')
        self._start_thread()

    def _start_thread(self):
        _thread.start_new_thread(self.serve_client, ())

    def serve_client(self):
        """A server thread: answers calls, one after the other, until the manager shuts down. Named as
        CPython's are, so that the traceback of a RemoteError shows the same functions."""
        answer = ()
        while True:
            try:
                call = self.handle.call('serve', *answer)
            except Exception:  # the answer did not pickle: the caller learns why
                answer = (answer[0], '#UNSERIALIZABLE', _format_exc())
                continue
            if call is None:
                return
            call_id, start_another, ident, methodname = call
            if start_another:
                self._start_thread()
            if ident is None:
                answer = (call_id,) + self._handle_request(call_id, methodname)
                _forget_current_thread()
                continue
            referent = args = kwds = method = None
            try:
                args, kwds = self.handle.call('arguments', call_id)
                try:
                    referent, exposed, method_to_typeid = self.id_to_obj[ident]
                    if methodname not in exposed:
                        raise AttributeError('method %r of %r object is not in exposed=%r'
                                             % (methodname, type(referent), exposed))
                    method = getattr(referent, methodname)
                except AttributeError:
                    # str(), repr() and _getvalue() of the referent are there whatever it exposes
                    answer = (call_id, '#RETURN', self._fallbacks[methodname](referent))
                else:
                    typeid = method_to_typeid.get(methodname) if method_to_typeid else None
                    answer = (call_id,) + self._call(method, args, kwds, typeid)
            except Exception:
                answer = (call_id, '#TRACEBACK', _format_exc())
            referent = args = kwds = method = None  # not kept while the thread waits for the next call
            _forget_current_thread()

    def _call(self, method, args, kwds, typeid):
        """The referent's method called: ('#RETURN', result), ('#ERROR', the exception), or ('#PROXY', ...)
        for a proxy of the result as a referent of typeid."""
        try:
            result = method(*args, **kwds)
        except Exception as e:
            return '#ERROR', e
        if not typeid:
            return '#RETURN', result
        rident, rexposed = self.create(typeid, result)
        return '#PROXY', (rexposed, Token(typeid, self.address, rident, self.handle))

    def _handle_request(self, call_id, methodname):
        """A call of the server's own methods (create, get_methods): ('#RETURN', result) or ('#TRACEBACK', text)."""
        try:
            args, kwds = self.handle.call('arguments', call_id)
            if methodname not in ('create', 'get_methods'):
                raise AssertionError('%r unrecognized' % (methodname,))
            return '#RETURN', getattr(self, methodname)(*args, **kwds)
        except Exception:
            return '#TRACEBACK', _format_exc()

    _fallbacks = {'__str__': str, '__repr__': repr, '#GETVALUE': lambda referent: referent}

    def create(self, typeid, /, *args, **kwds):
        """A new referent of the registered typeid: (ident, the names its proxies may call)."""
        make, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if make is not None:
            referent = make(*args, **kwds)
        elif len(args) == 1 and not kwds:
            referent = args[0]
        else:
            raise ValueError("Without callable, must have one non-keyword argument")
        names = list(public_methods(referent) if exposed is None else exposed)
        if method_to_typeid is not None:
            if not isinstance(method_to_typeid, dict):
                raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(method_to_typeid, type(method_to_typeid)))
            names += list(method_to_typeid)
        ident = '%x' % id(referent)
        self.id_to_obj[ident] = (referent, set(names), method_to_typeid)
        return ident, tuple(names)

    def get_methods(self, token):
        return tuple(self.id_to_obj[token.id][1])

    def stop(self, timeout):
        """The manager's shutdown: no more calls; the threads end (waited for up to timeout); the referents go."""
        self.handle.call('close', timeout)
        self.id_to_obj.clear()


def _forget_current_thread():
    """A method that asked threading.current_thread() made this server thread a _DummyThread of this
    process: forgotten once it returns, as CPython's server threads are not among this process's."""
    threading = sys.modules.get('threading')
    if threading is not None:
        threading._active.pop(_thread.get_ident(), None)


def _format_exc():
    import traceback
    return traceback.format_exc()


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
    """A reference to a referent in the manager's server (see the module's docstring). No reference
    counts are kept: a referent lives until its manager shuts down."""

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._authkey = authkey if authkey is not None or manager is None else manager._authkey
        self._owned_by_manager = manager_owned

    def _callmethod(self, methodname, args=(), kwds={}):
        """The referent's method called in the server; a copy of what it returned (or a proxy of it)."""
        kind, result = _request(self._token._server, self._id, methodname, args, kwds)
        if kind == '#PROXY':
            exposed, token = result
            token.address = self._token.address
            proxytype = self._manager._registry[token.typeid][-1]
            return proxytype(token, self._serializer, manager=self._manager, authkey=self._authkey, exposed=exposed)
        if kind == '#RETURN':
            return result
        raise convert_to_error(kind, result)

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        kwds = {}
        if getattr(self, '_isauto', False):
            kwds['exposed'] = self._exposed_
            return RebuildProxy, (AutoProxy, self._token, self._serializer, kwds)
        return RebuildProxy, (type(self), self._token, self._serializer, kwds)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(func, token, serializer, kwds):
    """How a proxy is unpickled: func (its type, or AutoProxy) called on its token."""
    return func(token, serializer, incref=kwds.pop('incref', True), **kwds)


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass named name with a method calling the referent's for each exposed name."""
    exposed = tuple(exposed)
    proxytype = _cache.get((name, exposed))
    if proxytype is None:
        methods = {}
        for method in exposed:
            # compiled from text, as CPython's are: a traceback shows them as File "<string>", line 2
            exec('def %s(self, /, *args, **kwds):\n    return self._callmethod(%r, args, kwds)\n' % (method, method),
                 methods)
        proxytype = type(name, (BaseProxy,), methods)
        proxytype._exposed_ = exposed
        _cache[(name, exposed)] = proxytype
    return proxytype


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    """A proxy whose type, AutoProxy[typeid], has a method for each name the referent exposes."""
    if exposed is None:
        exposed = dispatch(token._server, None, 'get_methods', (token,))
    proxytype = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = proxytype(token, serializer, manager=manager, authkey=authkey, incref=incref, manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


class _LocalProxy(BaseProxy):
    """A proxy of one of SyncManager's types, which holds the shared object itself (a SharedHandle, a
    multiprocessing Lock...) rather than a server's token, and travels with it."""

    def __init__(self, typeid):
        self._token = Token(typeid, None, None)

    def _callmethod(self, methodname, args=(), kwds={}):
        return getattr(self, methodname)(*args, **kwds)

    def _getvalue(self):
        raise NotImplementedError("the GIL Lab model's %s has no copy of its referent" % type(self).__name__)

    def __reduce__(self):
        return _rebuild_local, (type(self), self.__dict__)

    def __str__(self):
        return str(self._getvalue())


def _rebuild_local(proxytype, state):
    proxy = object.__new__(proxytype)
    proxy.__dict__.update(state)
    return proxy


def _hashable(key):
    hash(key)  # TypeError: unhashable type, as the dict in CPython's server says
    return key


class DictProxy(_LocalProxy):

    def __init__(self, typeid, mapping):
        _LocalProxy.__init__(self, typeid)
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


class ListProxy(_LocalProxy):

    def __init__(self, typeid, sequence):
        _LocalProxy.__init__(self, typeid)
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
    """A proxy whose attributes are the referent's, but for those starting with '_', which are its own.
    (_callmethod is looked up as object's attribute: this class's __getattr__ must not see it.)"""

    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, name):
        if name[0] == '_':
            return object.__getattribute__(self, name)
        call = object.__getattribute__(self, '_callmethod')
        return call('__getattribute__', (name,))

    def __setattr__(self, name, value):
        if name[0] == '_':
            return object.__setattr__(self, name, value)
        call = object.__getattribute__(self, '_callmethod')
        return call('__setattr__', (name, value))

    def __delattr__(self, name):
        if name[0] == '_':
            return object.__delattr__(self, name)
        call = object.__getattribute__(self, '_callmethod')
        return call('__delattr__', (name,))


class ValueProxy(_LocalProxy):

    def __init__(self, typeid, typecode, value):
        _LocalProxy.__init__(self, typeid)
        self._typecode = typecode
        self._handle = SharedHandle('array', [value])

    def _getvalue(self):
        return Value(self._typecode, self.get())

    def get(self):
        return self._handle.call('get', 0)

    def set(self, value):
        self._handle.call('set', 0, value)

    value = property(get, set)


class ArrayProxy(_LocalProxy):
    """A manager's Array: len() and items of an array.array in the parent."""

    def __init__(self, typeid, typecode, sequence):
        _LocalProxy.__init__(self, typeid)
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


class _ReferentProxy(_LocalProxy):
    """A proxy for one of multiprocessing's own shared objects (a Lock, a Queue...), its referent."""

    def __init__(self, typeid, referent):
        _LocalProxy.__init__(self, typeid)
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

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if serializer != 'pickle':
            raise ValueError("the GIL Lab model's managers send values by pickle only, not %r" % (serializer,))
        self._address = address
        self._authkey = authkey
        self._serializer = serializer
        self._shutdown_timeout = shutdown_timeout
        self._state = INITIAL
        self._server = None

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        """Makes typeid a type of this manager class (and its subclasses): callable makes its referents,
        a method named typeid (unless not create_method) makes one and returns a proxytype proxy of it."""
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)  # registered on this class, not on the one it inherits from
        proxytype = AutoProxy if proxytype is None else proxytype
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        for name, result_typeid in (method_to_typeid or {}).items():
            assert type(name) is str, '%r is not a string' % name
            assert type(result_typeid) is str, '%r is not a string' % result_typeid
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            setattr(cls, typeid, _creator(typeid, proxytype))

    def _create(self, typeid, /, *args, **kwds):
        """A new referent of typeid in the server: its token and the names its proxy may call."""
        assert self._state == STARTED, 'server not yet started'
        if self._server is None:  # started at the first referent: a SyncManager's own types need none
            self._server = _Server(self._registry_at_start, self._address)
        ident, exposed = dispatch(self._server.handle, None, 'create', (typeid,) + args, kwds)
        return Token(typeid, self._address, ident, self._server.handle), exposed

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
        self._registry_at_start = dict(self._registry)  # what CPython hands its server process
        self._state = STARTED

    def shutdown(self):
        if self._state == STARTED:
            self._state = SHUTDOWN
            if self._server is not None:
                self._server.stop(self._shutdown_timeout)

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


def _creator(typeid, proxytype):
    """The method register() gives a manager class: a new referent of typeid, behind a proxy."""
    def create(self, /, *args, **kwds):
        token, exposed = self._create(typeid, *args, **kwds)
        return proxytype(token, self._serializer, manager=self, authkey=self._authkey, exposed=exposed)
    create.__name__ = typeid
    return create


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


SyncManager.register('Namespace', Namespace, NamespaceProxy)
