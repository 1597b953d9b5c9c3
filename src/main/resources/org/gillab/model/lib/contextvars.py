"""Context variables: the GIL Lab model's contextvars module.

Mirrors CPython 3.11's Lib/contextvars.py and the C types behind it (Python/context.c, module
_contextvars) as their documentation and experiments with python3 show them; written for the model, not
copied. A context maps variables to values and is never changed in place: ContextVar.set gives the
current context a new mapping, so a copy taken earlier keeps what it saw (CPython shares an immutable
HAMT the same way). Each thread has its own current context and a new thread starts in an empty one,
as in 3.11, where a thread state has no context until its first use.
"""

import threading
from _c_frames import hide_module as _hide_module
from types import GenericAlias
from _typeobject import set_tp_name as _set_tp_name

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class _CurrentContext(threading.local):
    context = None


_current = _CurrentContext()


def _current_context():
    context = _current.context
    if context is None:
        context = _current.context = Context()
    return context


def _check_variable(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class _Final:
    """CPython's context types are C types that refuse subclasses."""

    def __init_subclass__(cls, **kwargs):
        if _Final not in cls.__bases__:
            raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' is not an acceptable base type")


class Context(_Final):
    __module__ = '_contextvars'

    def __hash__(self):
        # CPython names its C type in full; None here would name the class alone
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __init__(self):
        self._vars = {}
        self._entered = False
        self._previous = None

    @classmethod
    def _sharing(cls, variables):
        context = cls()
        context._vars = variables
        return context

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._previous = _current_context()
        self._entered = True
        _current.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current.context = self._previous
            self._previous = None
            self._entered = False

    def copy(self):
        return Context._sharing(self._vars)

    def __getitem__(self, var):
        _check_variable(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_variable(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_variable(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


def copy_context():
    return _current_context().copy()


class Token(_Final):
    __module__ = '_contextvars'
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _made_by(cls, context, var, old_value):
        token = object.__new__(cls)
        token._context = context
        token._var = var
        token._old_value = old_value
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)


class ContextVar(_Final):
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *default):
        if len(default) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(default)}")
        variables = _current_context()._vars
        if self in variables:
            return variables[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        context = _current_context()
        old_value = context._vars.get(self, _MISSING)
        context._vars = {**context._vars, self: value}
        return Token._made_by(context, self, old_value)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        context = _current_context()
        if token._context is not context:
            raise ValueError(f"{token!r} was created in a different Context")
        variables = dict(context._vars)
        if token._old_value is _MISSING:
            del variables[self]
        else:
            variables[self] = token._old_value
        context._vars = variables
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)


# _contextvars' static types: messages name them by their tp_name, '_contextvars.Context'
for _cls in (Context, Token, ContextVar):
    _set_tp_name(_cls, '_contextvars.' + _cls.__name__)
del _cls, _set_tp_name
_hide_module(globals(), '_contextvars')  # C in CPython: a traceback through contextvars shows none of its frames
