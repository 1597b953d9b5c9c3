"""unittest.mock: mock objects that record how they are used, and patch() to put them in place.

Written for the model from CPython 3.11's documentation and experiments: the observable behaviour
(names, reprs, recorded calls, assertion messages, patch argument order) is CPython's; the inside is
simpler. Recording a call takes a lock, so call_count and the call lists stay exact when threads call
one mock at once (CPython relies on the GIL; the model's free-threaded mode has no GIL). The model has
no cycle collector, so nothing here makes a reference cycle: a mock refers to its parent weakly (a
parent nobody else holds can show its calls to no one) and keeps its parent's name for its repr.
"""

import builtins
import contextlib
import functools
import inspect
import io
import pprint
import sys
import threading
import weakref
from types import CodeType, FunctionType, MethodType, ModuleType

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'AsyncMock',
    'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

FILTER_DIR = True

# One lock for everything a mock records or creates lazily (children, return values): a call's
# count and its entries in every list change together, and two threads reading m.x get one child.
_lock = threading.RLock()


# --- sentinel, DEFAULT, ANY -------------------------------------------------------------------

class _SentinelObject:
    """A unique named object: repr 'sentinel.NAME'."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME: the same object every time for one name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        with _lock:
            return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """ANY: equal to everything, so it matches any argument in a call comparison."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyType()


# --- call objects -------------------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _call_parts(value):
    """(name, args, kwargs) of a call given as a _Call or a plain tuple of CPython's accepted shapes,
    None when the shape is not a call."""
    if isinstance(value, _Call):
        return value._parts()
    if not isinstance(value, tuple):
        return None
    if len(value) == 0:
        return '', (), {}
    if len(value) == 3:
        return value
    if len(value) == 1:
        item = value[0]
        if isinstance(item, str):
            return item, (), {}
        if isinstance(item, tuple):
            return '', item, {}
        return '', (), item
    if len(value) == 2:
        first, second = value
        if isinstance(first, str):
            return (first, second, {}) if isinstance(second, tuple) else (first, (), second)
        return '', first, second
    return None


class _Call(tuple):
    """A recorded or expected call: (args, kwargs) for call_args, (name, args, kwargs) in mock_calls.
    `call` builds them: call(1), call.method(a=2), call.a(1).b(2)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if isinstance(value, tuple) and len(value) == 3 and not two:
            parts = value
        elif two or len(value) == 2:
            parts = ('', value[0], value[1]) if value else ('', (), {})
        else:
            parts = ('', (), {})
        stored = (parts[1], parts[2]) if two else parts
        return tuple.__new__(cls, stored)

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return ('',) + tuple(self)
        return tuple(self)

    def __eq__(self, other):
        theirs = _call_parts(other)
        if theirs is None:
            return False
        other_name, other_args, other_kwargs = theirs
        name, args, kwargs = self._parts()
        if len(self) == 3 and name != other_name and not (isinstance(other, _Call) and len(other) == 2):
            return False
        # the other side first, so that an ANY on either side decides (CPython's order)
        return (other_args, other_kwargs) == (tuple(args), kwargs)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') and attr not in _all_magics:
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return 'call' + name if name.startswith('()') else name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first: call.a(1).b(2) -> [call.a(1), call.a().b(2)]."""
        found = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                found.append(link)
            link = link._mock_parent
        return _CallList(reversed(found))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous run. Repr is pprint's."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        return any(self[start:start + size] == value for start in range(len(self) - size + 1))

    def __repr__(self):
        return pprint.pformat(list(self))


# --- magic methods ------------------------------------------------------------------------------

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit '
    'divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next '
    'fspath aiter'
)
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_numeric_names = ' '.join('%s i%s r%s' % (n, n, n) for n in _numerics.split())
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__', '__reduce_ex__',
    '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__', '__getformat__',
    '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_magics = {'__%s__' % n for n in (_magic_names + ' ' + _numeric_names).split()} | _async_method_magics
_all_sync_magics = (_magics - _async_method_magics) | _non_defaults
_all_magics = _magics | _non_defaults
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

# default return values of MagicMock's magic methods (CPython's)
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}
_calculate_return_value = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: '%s/%s/%s' % (type(mock).__name__, mock._extract_mock_name(), id(mock)),
}


# The side effects below reach the mock and the method weakly: the method is an attribute of the
# mock's class, and a strong reference back would be a cycle, which the model would never free.

def _eq_effect(mock_ref, method_ref):
    def __eq__(other):
        configured = method_ref()._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock_ref() is other else NotImplemented
    return __eq__


def _ne_effect(mock_ref, method_ref):
    def __ne__(other):
        if method_ref()._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock_ref() is other else NotImplemented
    return __ne__


def _iter_effect(mock_ref, method_ref):
    def __iter__():
        configured = method_ref()._mock_return_value
        return iter([]) if configured is DEFAULT else iter(configured)
    return __iter__


def _aiter_effect(mock_ref, method_ref):
    def __aiter__():
        configured = method_ref()._mock_return_value
        return _AsyncIterator(iter([]) if configured is DEFAULT else iter(configured))
    return __aiter__


_side_effect_methods = {'__eq__': _eq_effect, '__ne__': _ne_effect, '__iter__': _iter_effect,
                        '__aiter__': _aiter_effect}


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            raise StopAsyncIteration


def _configure_magic(mock, method, name):
    """Gives a MagicMock's magic method CPython's default result."""
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _calculate_return_value:
        method.return_value = _calculate_return_value[name](mock)
    elif name in _side_effect_methods:
        method.side_effect = _side_effect_methods[name](weakref.ref(mock), weakref.ref(method))


class _MagicProxy:
    """Sits on a MagicMock's own class until the magic method is first used, then puts the child
    mock in its place (CPython creates them lazily too)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        with _lock:
            current = type(obj).__dict__.get(self.name)
            if current is not self:
                return current
            method = obj._get_child_mock(name=self.name, parent=obj, _new_name=self.name, _new_parent=obj)
            setattr(type(obj), self.name, method)
            obj._mock_children[self.name] = method
            _configure_magic(obj, method, self.name)
            return method


# --- helpers ------------------------------------------------------------------------------------

def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_magic(name):
    return name[2:-2] == name[2:-2].strip('_') and name.startswith('__') and name.endswith('__') and len(name) > 4


def _is_async_func(obj):
    return inspect.iscoroutinefunction(obj) if callable(obj) else False


def _instance_callable(obj):
    """Whether obj is callable; for a class, whether its instances are (a __call__ in its MRO)."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(klass.__dict__.get('__call__') is not None for klass in obj.__mro__)


def _signature_of(spec, as_instance=False, eat_self=False):
    """inspect.Signature that calls of a mock with this spec must fit, or None."""
    func = spec
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        eat_self = True
    elif not isinstance(spec, (FunctionType, MethodType)):
        func = getattr(spec, '__call__', None)
        if func is None:
            return None
    try:
        signature = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self:
        params = list(signature.parameters.values())
        if not params or params[0].kind not in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            return None
        signature = signature.replace(parameters=params[1:])
    return signature


def _match_any_order(expected, actual):
    """assert_has_calls(any_order=True): each expected call takes one equal actual call; returns the
    actual calls left over and the expected calls that found none."""
    remaining = list(actual)
    not_found = []
    for kall in expected:
        try:
            remaining.remove(kall)
        except ValueError:
            not_found.append(kall)
    return remaining, not_found


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts a mock assigned as an attribute or return value, unless it already has a name or a parent."""
    if not _is_instance_mock(value):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None \
            or value._mock_new_parent is not None:
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    value._mock_new_parent = parent
    value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_allowed_names = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
                  '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'}
_assertion_prefixes = ('assert', 'assret', 'asert', 'aseert', 'assrt')


# --- NonCallableMock: attributes, children, names, specs ----------------------------------------

class NonCallableMock:
    """A mock that is not callable: attribute access creates (and caches) child mocks."""

    def __new__(cls, *args, **kwargs):
        # each mock gets its own class, so that magic methods can be set on one mock only
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        state = self.__dict__
        state['_mock_parent_ref'] = None
        state['_mock_new_parent_ref'] = None
        state['_mock_parent_name'] = None
        self._mock_parent = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        self._mock_new_parent = _new_parent
        state['_mock_sealed'] = False
        state['_mock_autospec'] = None
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_unsafe'] = unsafe
        state['_mock_side_effect'] = None
        state.setdefault('_mock_return_value', DEFAULT)
        state['called'] = False
        state['call_args'] = None
        state['call_count'] = 0
        state['call_args_list'] = _CallList()
        state['mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set, as_instance=False, eat_self=False):
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, as_instance, eat_self)
            names = dir(spec)
            asyncs = [name for name in names if _is_async_func(getattr(spec, name, None))]
            spec = names
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_spec_asyncs'] = asyncs
        state['_mock_methods'] = spec

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec."""
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        # isinstance(mock, SpecClass) holds for a mock with a spec
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_parent(self):
        ref = self._mock_parent_ref
        return None if ref is None else ref()

    def _set_parent(self, parent):
        self.__dict__['_mock_parent_ref'] = None if parent is None else weakref.ref(parent)

    _mock_parent = property(_get_parent, _set_parent)

    def _get_new_parent(self):
        ref = self._mock_new_parent_ref
        return None if ref is None else ref()

    def _set_new_parent(self, parent):
        state = self.__dict__
        if parent is None:
            state['_mock_new_parent_ref'] = None
            state['_mock_parent_name'] = None
        else:
            state['_mock_new_parent_ref'] = weakref.ref(parent)
            state['_mock_parent_name'] = parent._extract_mock_name()

    # the parent that mock_calls and names go through (an attribute's or a return value's)
    _mock_new_parent = property(_get_new_parent, _set_new_parent)

    def attach_mock(self, mock, attribute):
        """Attaches mock as an attribute, so its calls are recorded in this mock's lists."""
        for attr in ('_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'):
            setattr(mock, attr, None)
        mock._mock_new_name = ''
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Sets attributes by dotted name: configure_mock(**{'method.return_value': 3})."""
        for arg, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            target = self
            for entry in path:
                target = getattr(target, entry)
            setattr(target, final, value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls of this mock and its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        state = self.__dict__
        state['called'] = False
        state['call_args'] = None
        state['call_count'] = 0
        state['mock_calls'] = _CallList()
        state['call_args_list'] = _CallList()
        state['method_calls'] = _CallList()
        if return_value:
            state['_mock_return_value'] = DEFAULT
        if side_effect:
            state['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        result = self._mock_return_value
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    def _get_return_value(self):
        with _lock:
            result = self._mock_return_value
            if result is DEFAULT:
                result = self._get_child_mock(_new_parent=self, _new_name='()')
                self.return_value = result
            return result

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        # an iterable becomes an iterator: each call takes the next item (CPython's _try_iter)
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods) \
                and name.startswith(_assertion_prefixes):
            raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r is meant to '
                                 'be an attribute.' % (name, name))
        with _lock:
            result = self._mock_children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            if result is None:
                result = self._new_child(name)
                self._mock_children[name] = result
        return result

    def _new_child(self, name):
        if self._mock_autospec is not None:
            return _autospec_child(self, name)
        wraps = None
        if self._mock_wraps is not None:
            wraps = getattr(self._mock_wraps, name)
        return self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)

    def _get_child_mock(self, **kwargs):
        """The mock for an attribute or return value: CPython's choice of class per parent class."""
        new_name = kwargs.get('_new_name')
        if new_name in self._spec_asyncs:
            return AsyncMock(**kwargs)
        if self._mock_sealed:
            suffix = '.' + kwargs['name'] if 'name' in kwargs else '.return_value'
            raise AttributeError(self._extract_mock_name() + suffix)
        own = type(self)
        if issubclass(own, MagicMixin) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            klass = MagicMock if issubclass(own, NonCallableMagicMock) else Mock
        else:
            klass = own.__mro__[1]
        return klass(**kwargs)

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        state = self.__dict__
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods \
                and name not in state:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            # only on the mock's own class, where Python looks: the instance's __dict__ holding a
            # function bound to the mock would be a cycle
            return self._set_magic(name, value)
        if _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def _set_magic(self, name, value):
        """Puts a magic method on the mock's own class, where Python looks for it."""
        if self._mock_methods is not None and name not in self._mock_methods:
            raise AttributeError('Mock object has no attribute %r' % name)
        setattr(type(self), name, value)
        if _is_instance_mock(value):
            _check_and_set_parent(self, value, None, name)
            self._mock_children[name] = value

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        names = set(dir(type(self))) | set(self.__dict__)
        names |= {name for name, child in self._mock_children.items() if child is not _deleted}
        if self._mock_methods is not None:
            names |= set(self._mock_methods)
        return sorted(name for name in names if not name.startswith('_mock_'))

    def _extract_mock_name(self):
        """The dotted name shown in reprs: 'mock.a().b', 'name.x'."""
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        first = last._mock_name or 'mock'
        if last._mock_new_parent_ref is not None:
            # the parent is gone: its name as it was when it adopted this chain
            names.append('')
            first = last._mock_parent_name
        names.reverse()
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    # --- assertions (CPython 3.11's messages) ---

    def _own_name(self):
        return self._mock_name or 'mock'

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._own_name(), args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _call_matcher(self, value):
        """A call in the form comparisons use: with a signature spec, arguments bound to parameters
        (so f(1) matches f(a=1)); a TypeError instead when the call does not fit the signature."""
        signature = self._spec_signature
        if signature is None:
            return value
        name, args, kwargs = _call_parts(value)
        if name:
            child = self
            for part in name.split('.'):
                child = child._mock_children.get(part) if _is_instance_mock(child) else None
            signature = child._spec_signature if _is_instance_mock(child) else None
            if signature is None:
                return value
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        if len(value) == 2:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((name, bound.args, bound.kwargs))

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._own_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._own_name())

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._own_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._own_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls contains calls: as a contiguous run, or in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError('%s\nExpected: %s%s' % (
                    problem, _CallList(calls), self._calls_repr(prefix='  Actual').rstrip('.'))) from cause
            return
        remaining, not_found = _match_any_order(expected, all_calls)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._own_name(), tuple(not_found), remaining)) from cause

    def assert_any_call(self, *args, **kwargs):
        """Fails unless some call had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause is not None or not any(expected == c for c in actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause


# --- calling ------------------------------------------------------------------------------------

class CallableMixin:
    """Calling a mock: record the call, then side_effect, return_value or wraps decide the result."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        signature = self._spec_signature
        if signature is not None and self._mock_autospec is not None:
            signature.bind(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _record_call(self, args, kwargs):
        """Counts the call and appends it to this mock's lists and to its parents' mock_calls and
        method_calls, under their names as seen from each parent."""
        with _lock:
            state = self.__dict__
            state['called'] = True
            state['call_count'] += 1
            this_call = _Call((args, kwargs), two=True)
            state['call_args'] = this_call
            self.call_args_list.append(this_call)
            self.mock_calls.append(_Call(('', args, kwargs)))
            method_calls = self._mock_parent is not None
            method_name = self._mock_name
            call_name = self._mock_new_name
            is_a_call = call_name == '()'
            parent = self._mock_new_parent
            while parent is not None:
                if method_calls:
                    parent.method_calls.append(_Call((method_name, args, kwargs)))
                    method_calls = parent._mock_parent is not None
                    if method_calls:
                        method_name = parent._mock_name + '.' + method_name
                parent.mock_calls.append(_Call((call_name, args, kwargs)))
                if parent._mock_new_name:
                    dot = '' if is_a_call else '.'
                    is_a_call = parent._mock_new_name == '()'
                    call_name = parent._mock_new_name + dot + call_name
                parent = parent._mock_new_parent

    def _next_effect(self, effect):
        with _lock:
            return next(effect)

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = self._next_effect(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: Mock(spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
    spec_set=None, unsafe=False, **attributes)."""


# --- MagicMock ----------------------------------------------------------------------------------

class MagicMixin:
    """Gives the mock's own class the magic methods CPython's MagicMock supports, created on first use."""

    def __init__(self, *args, **kwargs):
        self._mock_set_magics()
        super().__init__(*args, **kwargs)
        self._mock_set_magics()

    def _mock_set_magics(self):
        names = _magics | _async_method_magics
        own = type(self)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            names = names.intersection(methods)
            for name in _magics - set(methods):
                if name in own.__dict__:
                    delattr(own, name)
        for name in names - set(own.__dict__):
            setattr(own, name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with CPython's default magic methods (len 0, iter empty, bool True, int 1...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


# --- AsyncMock ----------------------------------------------------------------------------------

class AsyncMockMixin:
    """Calling returns a coroutine; awaiting it records the await and produces the result."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._reset_awaits()
        state = self.__dict__
        # what makes inspect.iscoroutinefunction(mock) true, as in CPython: a function-like face
        # whose code has the coroutine flag
        code = NonCallableMock(spec=CodeType)
        code.co_flags = inspect.CO_COROUTINE
        code.co_argcount = 0
        code.co_varnames = ()
        code.co_posonlyargcount = 0
        code.co_kwonlyargcount = 0
        state['__code__'] = code
        state['__name__'] = 'AsyncMock'
        state['__defaults__'] = ()
        state['__kwdefaults__'] = {}
        state['__annotations__'] = None

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self._reset_awaits()

    def _reset_awaits(self):
        state = self.__dict__
        state['await_count'] = 0
        state['await_args'] = None
        state['await_args_list'] = _CallList()

    async def _execute_mock_call(self, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        with _lock:
            self.__dict__['await_count'] += 1
            self.__dict__['await_args'] = this_call
            self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = self._next_effect(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fails unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' % self._own_name())

    def assert_awaited_once(self):
        """Fails unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._own_name(), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        """Fails unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, *args, **kwargs):
        """Fails unless the mock was awaited exactly once, with these arguments."""
        self.assert_awaited_once()
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        """Fails unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause is not None or not any(expected == c for c in actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) \
                from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fails unless await_args_list contains calls: as a contiguous run, or in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError('Awaits not found.\nExpected: %s\nActual: %s'
                                     % (_CallList(calls), self.await_args_list)) from cause
            return
        remaining, not_found = _match_any_order(expected, all_awaits)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fails if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (self._own_name(), self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines: await mock(...) gives return_value or side_effect's result."""


# --- PropertyMock, seal ---------------------------------------------------------------------------

class PropertyMock(Mock):
    """A mock to patch a property with: getting calls it with no arguments, setting with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def seal(mock):
    """Stops the mock (and the child mocks it made) from creating new attributes."""
    mock._mock_sealed = True
    for name, child in list(mock._mock_children.items()):
        if _is_instance_mock(child) and child._mock_new_parent is mock:
            seal(child)
    result = mock.__dict__.get('_mock_return_value')
    if _is_instance_mock(result) and result._mock_new_parent is mock:
        seal(result)


# --- create_autospec ------------------------------------------------------------------------------

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False,
                    **kwargs):
    """A mock with spec's attributes whose calls (and its methods' calls) are checked against spec's
    signatures; a class spec's return value is an autospecced instance."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    spec_kwargs = {'spec_set': spec} if spec_set else {'spec': spec}
    if instance:
        spec_kwargs['_spec_as_instance'] = True
    spec_kwargs.update(kwargs)
    if is_type and instance:
        klass = MagicMock if _instance_callable(spec) else NonCallableMagicMock
    elif _is_async_func(spec):
        klass = AsyncMock
    elif not callable(spec):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    name = spec_kwargs.pop('name', _name)
    new_name = name if _parent is not None else ''
    eat_self = spec_kwargs.pop('_eat_self', False)
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=name,
                 _eat_self=eat_self, unsafe=unsafe, **spec_kwargs)
    mock.__dict__['_mock_autospec'] = (spec, spec_set, instance)
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)
    if _parent is None and isinstance(spec, (FunctionType, MethodType)):
        return _SpecFunction(mock, spec)
    return mock


class _SpecFunction:
    """What create_autospec makes of a function. CPython makes a real function: set on a class it binds
    self like the function it replaces, its repr is a function's, and the mock's attributes (return_value,
    call_count, the assertions...) are reachable on it; so here."""

    def __init__(self, mock, spec):
        self.__dict__['mock'] = mock
        # a lambda's name is no identifier: CPython's copy is then called funcopy
        name = spec.__name__
        self.__dict__['__name__'] = name if name.isidentifier() else 'funcopy'

    def __call__(self, *args, **kwargs):
        return self.mock(*args, **kwargs)

    def __get__(self, obj, owner=None):
        return self if obj is None else MethodType(self, obj)

    def __getattr__(self, name):
        return getattr(self.mock, name)

    def __setattr__(self, name, value):
        setattr(self.mock, name, value)

    def __repr__(self):
        return '<function %s at %#x>' % (self.__name__, id(self))


def _autospec_child(mock, name):
    """The child an autospecced mock makes for one of its spec's attributes."""
    spec, spec_set, instance = mock._mock_autospec
    original = getattr(spec, name)
    # a function looked up on a class still takes self: the mock's calls do not pass it
    owner = spec if isinstance(spec, type) else type(spec)
    eat_self = isinstance(inspect.getattr_static(owner, name, None), FunctionType)
    if not isinstance(spec, type) and name in getattr(spec, '__dict__', {}):
        eat_self = False
    if isinstance(original, MethodType):
        eat_self = False
    return create_autospec(original, spec_set, _parent=mock, _name=name, _eat_self=eat_self)


# --- mock_open ------------------------------------------------------------------------------------

_file_spec = None


def mock_open(mock=None, read_data=''):
    """A mock for open(): its handle's read, readline, readlines and iteration serve read_data (afresh
    for each open), and writes are recorded."""
    global _file_spec
    if _file_spec is None:
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))

    def stream():
        return io.BytesIO(read_data) if isinstance(read_data, bytes) else io.StringIO(read_data)

    state = [stream()]
    readlines_now = [None]  # the readline results in use: not in state, which they read (a cycle)
    # the handle's side effects reach it weakly: it holds them, and the model frees no cycles

    def read(*args, **kwargs):
        if handle_ref().read.return_value is not None:
            return handle_ref().read.return_value
        return state[0].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle_ref().readlines.return_value is not None:
            return handle_ref().readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def lines():
        if handle_ref().readline.return_value is not None:
            while True:
                yield handle_ref().readline.return_value
        for line in state[0]:
            yield line

    def readline_results():
        yield from lines()
        while True:
            yield state[0].readline()

    def next_line():
        if handle_ref().readline.return_value is not None:
            return handle_ref().readline.return_value
        return next(state[0])

    def reopen(*args, **kwargs):
        state[0] = stream()
        if handle_ref().readline.side_effect == readlines_now[0]:
            readlines_now[0] = readline_results()
            handle_ref().readline.side_effect = readlines_now[0]
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock(spec=_file_spec)
    handle_ref = weakref.ref(handle)
    handle.__enter__.side_effect = handle_ref
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read
    readlines_now[0] = readline_results()
    handle.readline.side_effect = readlines_now[0]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line
    mock.side_effect = reopen
    mock.return_value = handle
    return mock


# --- patch ----------------------------------------------------------------------------------------

def _importer(target):
    """The object a dotted name names, importing modules on the way."""
    parts = target.split('.')
    path = parts.pop(0)
    thing = __import__(path)
    for part in parts:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(path)
            thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _importer(target)), attribute


class _Startable:
    """start() and stop(), which patch() and patch.dict share: the patch as a context manager entered and
    exited by hand, listed in _Patcher.active until stopped (patch.stopall() stops them all)."""

    def start(self):
        """Activates the patch and returns the new object; stop() or patch.stopall() undoes it."""
        result = self.__enter__()
        _Patcher.active.append(self)
        return result

    def stop(self):
        """Undoes a patch made with start()."""
        try:
            _Patcher.active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _Patcher(_Startable):
    """What patch() makes: a context manager, a decorator (of functions, coroutine functions and
    TestCase classes) and a start()/stop() pair that replaces one attribute while active."""

    active = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                 unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.unsafe = unsafe
        self.attribute_name = None
        self.additional_patchers = []

    def copy(self):
        patcher = _Patcher(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                           self.autospec, self.new_callable, self.kwargs, self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        if inspect.iscoroutinefunction(func):
            return self._decorate_async(func)
        return self._decorate(func)

    def _decorate(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        patchings = [self]  # the list later decorators append to (not read through patched: a cycle)

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with _applied(patchings, args, kwargs) as (new_args, new_kwargs):
                return func(*new_args, **new_kwargs)

        patched.patchings = patchings
        return patched

    def _decorate_async(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        patchings = [self]  # the list later decorators append to (not read through patched: a cycle)

        @functools.wraps(func)
        async def patched(*args, **kwargs):
            with _applied(patchings, args, kwargs) as (new_args, new_kwargs):
                return await func(*new_args, **new_kwargs)

        patched.patchings = patchings
        return patched

    def _original(self):
        target = self.target
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        """The replacement patch() creates when not given one: CPython's choice of mock class."""
        spec, spec_set = self.spec, self.spec_set
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        inherit = False
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            inherit = isinstance(original, type)
        klass = AsyncMock if spec is None and _is_async_func(original) else MagicMock
        this_spec = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            klass = self.new_callable
        elif this_spec is not None:
            not_callable = '__call__' not in this_spec if _is_list(this_spec) else not callable(this_spec)
            if _is_async_func(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        new_kwargs = {}
        if spec is not None:
            new_kwargs['spec'] = spec
        if spec_set is not None:
            new_kwargs['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            new_kwargs['name'] = self.attribute
        new_kwargs.update(self.kwargs)
        new = klass(**new_kwargs)
        if inherit and _is_instance_mock(new):
            # patching a class with a spec: instances (its return value) get the spec too
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                klass = NonCallableMagicMock
            new_kwargs.pop('name', None)
            new.return_value = klass(_new_parent=new, _new_name='()', **new_kwargs)
        return new

    def __enter__(self):
        self.target = self.getter()
        original, local = self._original()
        new = self.new
        if new is DEFAULT and self.autospec is None:
            new = self._make_new(original)
        elif self.autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            autospec = original if self.autospec is True else self.autospec
            new = create_autospec(autospec, spec_set=bool(self.spec_set), _name=self.attribute,
                                  unsafe=self.unsafe, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            # patch.multiple: a dict of the mocks it created, by attribute name
            created = {}
            if self.new is DEFAULT:
                created[self.attribute_name] = new
            for patcher in self.additional_patchers:
                result = self._exit_stack.enter_context(patcher)
                if patcher.new is DEFAULT:
                    created.update(result)
            return created
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__', '__defaults__',
                                                          '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        exit_stack = self._exit_stack
        del self.temp_original, self.is_local, self.target, self._exit_stack
        return exit_stack.__exit__(*exc_info)



@contextlib.contextmanager
def _applied(patchings, args, kwargs):
    """Enters a decorated function's patches, innermost decorator first, and adds the mocks they
    created after the positional arguments (patch.multiple's as keywords)."""
    with contextlib.ExitStack() as stack:
        extra = []
        kwargs = dict(kwargs)
        for patcher in patchings:
            result = stack.enter_context(patcher)
            if patcher.attribute_name is not None:
                kwargs.update(result)
            elif patcher.new is DEFAULT:
                extra.append(result)
        yield tuple(args) + tuple(extra), kwargs


def _decorate_class(patcher, klass):
    """Decorates every test method (name starting with patch.TEST_PREFIX) with a copy of patcher."""
    for name in dir(klass):
        if not name.startswith(patch.TEST_PREFIX):
            continue
        value = getattr(klass, name)
        if not hasattr(value, '__call__'):
            continue
        setattr(klass, name, patcher.copy()(value))
    return klass


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          *, unsafe=False, **kwargs):
    """Replaces the object named by the dotted target with new (a MagicMock when not given)."""
    getter, attribute = _get_target(target)
    return _Patcher(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                    unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    """patch.object: replaces target.attribute."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _Patcher(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                    unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
                    **kwargs):
    """patch.multiple: replaces several attributes of target at once; a DEFAULT value makes a mock."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    patchers = []
    for attribute, new in items:
        patcher = _Patcher(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    patchers[0].additional_patchers = patchers[1:]
    return patchers[0]


class _PatchDict(_Startable):
    """patch.dict: sets values in a dictionary (or the one a dotted name names), optionally clearing it
    first, and restores its whole contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def patched(*args, **kwargs):
                with self:
                    return await func(*args, **kwargs)
            return patched

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return patched

    def _decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                copy = _PatchDict(self.in_dict, self.values, self.clear)
                setattr(klass, name, copy(value))
        return klass

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, self.values)
        return in_dict

    def __exit__(self, *exc_info):
        if self._original is not None:
            _clear_dict(self.in_dict)
            _update_dict(self.in_dict, self._original)
        return False



def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _update_dict(in_dict, values):
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


def _patch_stopall():
    """Stops every patch started with start(), the most recent first."""
    for patcher in reversed(list(_Patcher.active)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _PatchDict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
