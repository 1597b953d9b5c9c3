"""Decimal fixed and floating point arithmetic: the GIL Lab model's decimal module.

Written for the model from Mike Cowlishaw's General Decimal Arithmetic specification, CPython 3.11's
documentation and python3 experiments (not from _pydecimal.py or libmpdec), to behave as CPython's C
decimal does: its reprs, its messages, its type names ('decimal.Decimal' in messages, as C's tp_name),
its signals (a trapped condition raises the signal's class with the list of conditions, for example
InvalidOperation([<class 'decimal.ConversionSyntax'>])).

Design: plain Python over the model's ints. A Decimal is a sign, an int coefficient and an int
exponent (or a special kind: Infinity, NaN, sNaN, whose coefficient is a NaN's payload); every result is
computed exactly on ints and then rounded once to the context (_result), so + - * / // % and integer
powers are exact before rounding as the specification asks. sqrt is an integer square root; exp, ln,
log10 and fractional powers are computed on fixed-point ints with guard digits that grow until the
rounding is certain (Ziv's strategy), so they are correctly rounded. The model's ints are Java
BigIntegers, so this is simple and exact; a Java core would be faster but twice the code.

The current context is per thread (and per asyncio task): it lives in a ContextVar, and a thread that
has not set one gets a copy of DefaultContext, as CPython's does.
"""

import collections as _collections
import contextvars as _contextvars
import math as _math
import numbers as _numbers
import sys as _sys
from _c_frames import hide_module as _hide_module
from _typeobject import tp_name as _tp_name, set_tp_name as _set_tp_name
from collections.abc import MutableMapping as _MutableMapping

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
    'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

# The limits of a 64-bit CPython.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals and conditions ----

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was altered to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result (the result is NaN when not trapped)."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Digits that were not zero were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context is invalid."""


class Rounded(DecimalException):
    """Digits (perhaps zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# Conditions are bits of an int. Their order is the order of CPython's signal map, which is the order
# a trapped exception lists them in; the first four are InvalidOperation's sub-conditions.
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
               Inexact, Rounded, Clamped)
_INVALID, _SYNTAX, _IMPOSSIBLE, _UNDEFINED, _BADCONTEXT, _FLOATOP, _DIVZERO, _OVERFLOW, \
    _UNDERFLOW, _SUBNORMAL, _INEXACT, _ROUNDED, _CLAMPED = (1 << i for i in range(13))
_SIGNAL_OF = {c: (InvalidOperation if issubclass(c, InvalidOperation) else c) for c in _CONDITIONS}

# The signals in the order flags and traps are iterated.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# A Context's repr lists signals in libmpdec's bit order, where InvalidOperation stands at the place of
# the first of its conditions that occurred (all of them when it was set through the mapping).
_RANK = {Clamped: 1, DivisionByZero: 4, Inexact: 64, FloatOperation: 1024, Overflow: 2048, Rounded: 4096,
         Subnormal: 8192, Underflow: 16384}
_INVALID_RANK = {ConversionSyntax: 2, DivisionImpossible: 8, DivisionUndefined: 16, InvalidContext: 128,
                 InvalidOperation: 256}


class _SignalDict(_MutableMapping):
    """A context's flags or traps: a mapping from each of the nine signals to a bool, whose keys can
    be neither added nor removed."""

    __slots__ = ('_d', '_invalid_rank')

    def __init__(self):
        self._d = dict.fromkeys(_SIGNALS, False)
        self._invalid_rank = 2

    def __getitem__(self, key):
        try:
            return self._d[key]
        except (KeyError, TypeError):
            raise KeyError(_BAD_SIGNAL) from None

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_BAD_SIGNAL)
        self._d[key] = bool(value)
        if key is InvalidOperation:
            self._invalid_rank = 2

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % item for item in self._d.items()) + '}'

    def copy(self):
        return dict(self._d)

    def _names(self):
        """The set signals' names in the order of a Context's repr."""
        chosen = [(self._invalid_rank if s is InvalidOperation else _RANK[s], s.__name__)
                  for s in _SIGNALS if self._d[s]]
        return '[' + ', '.join(name for _, name in sorted(chosen)) + ']'

    def _assign(self, values):
        """flags = [signals] or flags = {every signal: bool}, as Context() and setattr accept them."""
        if isinstance(values, dict) or isinstance(values, _SignalDict):
            if len(values) != len(_SIGNALS) or any(s not in values for s in _SIGNALS):
                raise KeyError('invalid signal dict')
            for signal in _SIGNALS:
                self._d[signal] = bool(values[signal])
            return
        chosen = list(values)
        for signal in chosen:
            if signal not in _SIGNALS:
                raise TypeError('argument must be a signal dict')
        for signal in _SIGNALS:
            self._d[signal] = signal in chosen


_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_BAD_SIGNAL = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')
_BAD_ROUNDING = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')


# ---- contexts ----

def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


class Context:
    """Precision, rounding, exponent limits, flags and traps: where every operation's result is rounded
    and its conditions signalled."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals', '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        # Unset fields come from DefaultContext, as CPython's Context() takes them.
        template = globals().get('DefaultContext')
        self._flags = _SignalDict()
        self._traps = _SignalDict()
        if template is None:
            self._prec, self._rounding, self._emin, self._emax = 28, ROUND_HALF_EVEN, -999999, 999999
            self._capitals, self._clamp = 1, 0
            self._traps._assign([DivisionByZero, Overflow, InvalidOperation])
        else:
            self._prec, self._rounding = template._prec, template._rounding
            self._emin, self._emax = template._emin, template._emax
            self._capitals, self._clamp = template._capitals, template._clamp
            self._traps._assign(template._traps._d)
            self._flags._assign(template._flags._d)
        for name, value in (('prec', prec), ('rounding', rounding), ('Emin', Emin), ('Emax', Emax),
                            ('capitals', capitals), ('clamp', clamp), ('flags', flags),
                            ('traps', traps)):
            if value is not None:
                setattr(self, name, value)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(_BAD_ROUNDING)
        self._rounding = value

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags._assign(value)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps._assign(value)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp,
                   self._flags._names(), self._traps._names()))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp,
                          [s for s in _SIGNALS if self._flags._d[s]],
                          [s for s in _SIGNALS if self._traps._d[s]]))

    def copy(self):
        other = Context.__new__(Context)
        other._prec, other._rounding, other._emin, other._emax = self._prec, self._rounding, self._emin, self._emax
        other._capitals, other._clamp = self._capitals, self._clamp
        other._flags = _SignalDict()
        other._flags._d.update(self._flags._d)
        other._flags._invalid_rank = self._flags._invalid_rank
        other._traps = _SignalDict()
        other._traps._d.update(self._traps._d)
        return other

    __copy__ = copy

    def clear_flags(self):
        for signal in _SIGNALS:
            self._flags._d[signal] = False

    def clear_traps(self):
        for signal in _SIGNALS:
            self._traps._d[signal] = False

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def _signal(self, bits):
        """Raise the flags of the conditions in bits; if any is trapped, raise the first trapped
        signal's exception with the list of trapped conditions, as CPython does."""
        flags, traps = self._flags._d, self._traps._d
        trapped = []
        i = 0
        while bits:
            if bits & 1:
                condition = _CONDITIONS[i]
                signal = _SIGNAL_OF[condition]
                if signal is InvalidOperation:
                    rank = _INVALID_RANK[condition]
                    if not flags[signal] or rank < self._flags._invalid_rank:
                        self._flags._invalid_rank = rank
                flags[signal] = True
                if traps[signal]:
                    trapped.append(condition)
            bits >>= 1
            i += 1
        if trapped:
            raise _SIGNAL_OF[trapped[0]](trapped)

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (a NaN's payload cut to prec - clamp digits)."""
        if isinstance(num, str) and num.strip() != num:
            self._signal(_SYNTAX)
            return _NAN
        d = Decimal(num, self)
        if d._kind >= _QNAN:
            if _ndigits(d._coef) > self._prec - self._clamp:
                self._signal(_SYNTAX)
                return _NAN
            return d
        if d._kind == _INF:
            return d
        return _result(self, d._sign, d._coef, d._exp)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def to_sci_string(self, a):
        return _to_sci(_need_decimal(a), self._capitals)

    def to_eng_string(self, a):
        return _to_eng(_need_decimal(a), self._capitals)

    def number_class(self, a):
        return _need_decimal(a).number_class(self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_decimal(self, a):
        return _need_decimal(a)

    def divmod(self, a, b):
        return _need_decimal(a).__divmod__(_need_decimal(b), self)

    def power(self, a, b, modulo=None):
        return _need_decimal(a).__pow__(_need_decimal(b), modulo, self)


def _make_context_methods():
    """Context.add(a, b) and the like: the Decimal method of the same name, its operands converted
    from ints, rounded to this context."""
    one = ('abs', '__abs__'), ('plus', '__pos__'), ('minus', '__neg__')
    for name, method in one:
        def op(self, a, _method=method):
            return getattr(Decimal, _method)(_need_decimal(a), self)
        op.__name__ = name
        setattr(Context, name, op)
    for name in ('exp', 'ln', 'log10', 'logb', 'sqrt', 'next_minus', 'next_plus', 'normalize',
                 'to_integral', 'to_integral_exact', 'to_integral_value', 'logical_invert'):
        def op(self, a, _name=name):
            return getattr(Decimal, _name)(_need_decimal(a), context=self)
        op.__name__ = name
        setattr(Context, name, op)
    for name in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero',
                 'copy_abs', 'copy_negate'):
        def op(self, a, _name=name):
            return getattr(Decimal, _name)(_need_decimal(a))
        op.__name__ = name
        setattr(Context, name, op)
    for name in ('is_normal', 'is_subnormal'):
        def op(self, a, _name=name):
            return getattr(Decimal, _name)(_need_decimal(a), self)
        op.__name__ = name
        setattr(Context, name, op)
    two = (('add', '__add__'), ('subtract', '__sub__'), ('multiply', '__mul__'), ('divide', '__truediv__'),
           ('divide_int', '__floordiv__'), ('remainder', '__mod__'))
    for name, method in two:
        def op(self, a, b, _method=method):
            return getattr(Decimal, _method)(_need_decimal(a), _need_decimal(b), self)
        op.__name__ = name
        setattr(Context, name, op)
    for name in ('compare', 'compare_signal', 'max', 'max_mag', 'min', 'min_mag', 'next_toward', 'quantize',
                 'remainder_near', 'scaleb', 'rotate', 'shift', 'logical_and', 'logical_or', 'logical_xor'):
        def op(self, a, b, _name=name):
            return getattr(Decimal, _name)(_need_decimal(a), _need_decimal(b), context=self)
        op.__name__ = name
        setattr(Context, name, op)
    for name in ('compare_total', 'compare_total_mag', 'copy_sign', 'same_quantum'):
        def op(self, a, b, _name=name):
            return getattr(Decimal, _name)(_need_decimal(a), _need_decimal(b))
        op.__name__ = name
        setattr(Context, name, op)

    def fma(self, a, b, c):
        return _need_decimal(a).fma(_need_decimal(b), _need_decimal(c), self)
    Context.fma = fma


_current = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current thread's (or task's) context; a thread without one gets a copy of DefaultContext."""
    try:
        return _current.get()
    except LookupError:
        context = Context()
        _current.set(context)
        return context


def setcontext(context):
    """Make context the current one; the three template contexts are copied (flags cleared) first."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    """What localcontext() returns: `with` sets a copy of the context (with the keywords applied) and
    restores the previous one on exit."""

    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'
_set_tp_name(_ContextManager, 'decimal.ContextManager')  # C's static type, as messages name it


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of ctx (default: the current context), kwargs setting its fields."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    context = ctx.copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(context, name, value)
    return _ContextManager(context)


# ---- rounding a value to a context ----

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3
_POWERS = [10 ** i for i in range(80)]


def _p10(k):
    return _POWERS[k] if k < 80 else 10 ** k


def _ndigits(n):
    """The number of digits of a non-negative int (1 for 0)."""
    return len(_digits(n))


# C decimal writes and reads its coefficients itself, so int's limit on decimal string conversions
# (sys.set_int_max_str_digits) never applies to a Decimal: these convert in pieces short enough for
# int never to check them (sys.int_info.str_digits_check_threshold is 640).
_PIECE = 600
_PIECE_POWER = 10 ** _PIECE


def _digits(n):
    """str(n) of a non-negative int of any length."""
    if n < _PIECE_POWER:
        return str(n)
    pieces = []
    while n >= _PIECE_POWER:
        n, low = divmod(n, _PIECE_POWER)
        pieces.append(str(low).zfill(_PIECE))
    pieces.append(str(n))
    return ''.join(reversed(pieces))


def _int(digits):
    """int(digits) of a str of ASCII digits of any length."""
    if len(digits) <= _PIECE:
        return int(digits)
    n = 0
    for start in range(0, len(digits), _PIECE):
        piece = digits[start:start + _PIECE]
        n = n * _p10(len(piece)) + int(piece)
    return n


def _round_int(coef, drop, rounding, sign):
    """coef without its `drop` lowest digits, rounded the context's way: (quotient, inexact)."""
    if drop > _ndigits(coef):
        # every digit goes and what goes is below half a unit: only the directed roundings go up
        if not coef:
            return 0, False
        q, r, unit = 0, 1, 10
    else:
        unit = _p10(drop)
        q, r = divmod(coef, unit)
        if not r:
            return q, False
    if rounding == ROUND_HALF_EVEN:
        up = r * 2 > unit or (r * 2 == unit and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r * 2 >= unit
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = r * 2 > unit
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = sign
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow_to_infinity(rounding, sign):
    """Whether an overflowing result becomes Infinity (else the largest finite number)."""
    return rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) or \
        (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign)


def _result(ctx, sign, coef, exp, bits=0):
    """The exact value (-1)**sign * coef * 10**exp rounded to ctx (precision, then the exponent
    range: subnormal rounding, overflow, clamping), its conditions signalled; a new Decimal."""
    prec = ctx._prec
    if coef:
        n = _ndigits(coef)
        adj = exp + n - 1
        if n <= prec and ctx._emin <= adj <= ctx._emax and (not ctx._clamp or exp <= ctx._emax - prec + 1):
            if bits:
                ctx._signal(bits)
            return _new(sign, coef, exp)
        etiny = ctx._emin - prec + 1
        if adj < ctx._emin:
            bits |= _SUBNORMAL
        target = max(exp + n - prec, etiny)
        if target > exp:
            coef, inexact = _round_int(coef, target - exp, ctx._rounding, sign)
            exp = target
            bits |= _ROUNDED
            if inexact:
                bits |= _INEXACT
                if bits & _SUBNORMAL:
                    bits |= _UNDERFLOW
            if not coef:
                bits |= _CLAMPED
            elif _ndigits(coef) > prec:
                coef //= 10
                exp += 1
        if coef and exp + _ndigits(coef) - 1 > ctx._emax:
            bits |= _OVERFLOW | _INEXACT | _ROUNDED
            ctx._signal(bits)
            if _overflow_to_infinity(ctx._rounding, sign):
                return _new(sign, 0, 0, _INF)
            return _new(sign, _p10(prec) - 1, ctx._emax - prec + 1)
        etop = ctx._emax - prec + 1
        if ctx._clamp and coef and exp > etop:
            coef *= _p10(exp - etop)
            exp = etop
            bits |= _CLAMPED
    if not coef:
        top = ctx._emax - prec + 1 if ctx._clamp else ctx._emax
        etiny = ctx._emin - prec + 1
        if exp > top:
            exp = top
            bits |= _CLAMPED
        elif exp < etiny:
            exp = etiny
            bits |= _CLAMPED
    if bits:
        ctx._signal(bits)
    return _new(sign, coef, exp)


def _new(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _invalid(ctx, condition=_INVALID):
    """The quiet NaN an invalid operation gives when its condition is not trapped."""
    ctx._signal(condition)
    return _NAN


def _nan_operand(ctx, *operands):
    """The result of an operation with a NaN operand (an sNaN first, signalling InvalidOperation,
    then a quiet NaN, each kept with its sign and payload), or None when there is none."""
    for x in operands:
        if x._kind == _SNAN:
            ctx._signal(_INVALID)
            return _new(x._sign, x._coef, 0, _QNAN)
    for x in operands:
        if x._kind == _QNAN:
            return x if type(x) is Decimal else _new(x._sign, x._coef, 0, _QNAN)
    return None


# ---- reading and writing ----

def _parse(text):
    """(sign, coef, exp, kind) of a numeric string as Decimal() reads it, else None: spaces around,
    '_' anywhere in the digits, any script's decimal digits, Inf/Infinity, NaN/sNaN with a payload."""
    text = text.strip().replace('_', '')
    if not text.isascii():
        text = ''.join(str(int(c)) if c.isdecimal() else c for c in text)
    sign = 0
    if text[:1] in ('+', '-'):
        sign = int(text[0] == '-')
        text = text[1:]
    lower = text.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if lower[:3] == 'nan' or lower[:4] == 'snan':
        payload = lower[4:] if lower[0] == 's' else lower[3:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return sign, _int(payload or '0'), 0, (_SNAN if lower[0] == 's' else _QNAN)
    mantissa, e, exponent = lower.partition('e')
    whole, _, fraction = mantissa.partition('.')
    digits = whole + fraction
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    exp = 0
    if e:
        body = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not body or not (body.isdigit() and body.isascii()):
            return None
        exp = int(exponent)
    return sign, _int(digits), exp - len(fraction), _FINITE


def _special_text(d):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    return sign + ('sNaN' if d._kind == _SNAN else 'NaN') + (_digits(d._coef) if d._coef else '')


def _to_sci(d, capitals):
    """to-scientific-string: plain notation when the exponent is <= 0 and the adjusted exponent
    >= -6, else one digit before the point and an exponent."""
    if d._kind:
        return _special_text(d)
    digits = _digits(d._coef)
    exp = d._exp
    sign = '-' if d._sign else ''
    adj = exp + len(digits) - 1
    if exp <= 0 and adj >= -6:
        if exp == 0:
            return sign + digits
        point = len(digits) + exp
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * -point + digits
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return sign + mantissa + ('E' if capitals else 'e') + ('+' if adj >= 0 else '') + str(adj)


def _to_eng(d, capitals):
    """to-engineering-string: as _to_sci, but an exponent is a multiple of three."""
    if d._kind:
        return _special_text(d)
    digits = _digits(d._coef)
    exp = d._exp
    sign = '-' if d._sign else ''
    adj = exp + len(digits) - 1
    if exp <= 0 and adj >= -6:
        return _to_sci(d, capitals)
    if d._coef:
        before = adj % 3 + 1
        shown = adj - before + 1
        if len(digits) <= before:
            mantissa = digits + '0' * (before - len(digits))
        else:
            mantissa = digits[:before] + '.' + digits[before:]
    else:
        shown = -(-exp // 3) * 3
        mantissa = '0.' + '0' * (shown - exp) if shown != exp else '0'
    if shown == 0:
        return sign + mantissa
    return sign + mantissa + ('E' if capitals else 'e') + ('+' if shown > 0 else '') + str(shown)


def _from_float(f):
    """The exact value of a float: (sign, coef, exp, kind)."""
    sign = int(_math.copysign(1.0, f) < 0)
    if _math.isnan(f):
        return sign, 0, 0, _QNAN
    if _math.isinf(f):
        return sign, 0, 0, _INF
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return sign, n * 5 ** k, -k, _FINITE


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return sign, 0, 0, _INF
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if exp in ('n', 'N'):
        return sign, coef, 0, (_QNAN if exp == 'n' else _SNAN)
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return sign, coef, exp, _FINITE


def _need_decimal(x):
    """A Decimal method's (or a Context method's) operand: a Decimal, or an int made one exactly."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError('conversion from %s to Decimal is not supported' % _tp_name(type(x)))


def _from_int(i):
    return _new(int(i < 0), abs(int(i)), 0)


def _operand(x):
    """An arithmetic operator's other operand as a Decimal, or None (NotImplemented)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _new(int(x < 0), abs(int(x)), 0)
    return None


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# sys.hash_info.modulus and .inf of a 64-bit CPython: a Decimal hashes as the int or float of its value.
_MODULUS = (1 << 61) - 1
_INV10 = pow(10, _MODULUS - 2, _MODULUS)


# ---- the arithmetic: exact on ints, then _result rounds once ----

def _add(ctx, a, b, bsign):
    """a + b, b's sign taken as bsign (so subtraction is addition of the negation)."""
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _invalid(ctx)
            return _new(a._sign, 0, 0, _INF)
        return _new(bsign, 0, 0, _INF)
    asign, ca, ea = a._sign, a._coef, a._exp
    cb, eb = b._coef, b._exp
    if ea != eb:
        if ea < eb:
            asign, ca, ea, bsign, cb, eb = bsign, cb, eb, asign, ca, ea
        # now ea > eb: align a down to eb, but never build digits precision would discard
        if not ca:
            ea = eb
        elif not cb:
            eb = max(eb, min(ea, ea + _ndigits(ca) - ctx._prec - 2))
            ca *= _p10(ea - eb)
            ea = eb
        else:
            sticky = min(ea, ea + _ndigits(ca) - 1 - ctx._prec) - 2
            if eb + _ndigits(cb) - 1 <= sticky:
                # b lies wholly below a's last kept digit: a one at a lower place rounds the same way
                cb, eb = 1, sticky
            ca *= _p10(ea - eb)
            ea = eb
    total = (-ca if asign else ca) + (-cb if bsign else cb)
    if total:
        return _result(ctx, int(total < 0), abs(total), ea)
    sign = (asign | bsign) if ctx._rounding == ROUND_FLOOR else (asign & bsign)
    return _result(ctx, sign, 0, ea)


def _multiply(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan
        if (a._kind == _FINITE and not a._coef) or (b._kind == _FINITE and not b._coef):
            return _invalid(ctx)
        return _new(sign, 0, 0, _INF)
    return _result(ctx, sign, a._coef * b._coef, a._exp + b._exp)


def _divide(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            return _invalid(ctx) if b._kind == _INF else _new(sign, 0, 0, _INF)
        return _result(ctx, sign, 0, ctx._emin - ctx._prec + 1, _CLAMPED)
    if not b._coef:
        if not a._coef:
            return _invalid(ctx, _UNDEFINED)
        ctx._signal(_DIVZERO)
        return _new(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if not a._coef:
        return _result(ctx, sign, 0, ideal)
    shift = ctx._prec + _ndigits(b._coef) - _ndigits(a._coef) + 1
    if shift > 0:
        q, r = divmod(a._coef * _p10(shift), b._coef)
    else:
        q, r = divmod(a._coef, b._coef * _p10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1  # q has a digit below the rounding place: make it say "more than nothing"
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _result(ctx, sign, q, exp)


def _integer_division(ctx, a, b):
    """(q, r, exp) of the finite a / b truncated to an integer, r with a's sign dropped, both on the
    common exponent exp; or None when q would have more digits than the precision."""
    ca, ea, cb, eb = a._coef, a._exp, b._coef, b._exp
    adj_a = ea + _ndigits(ca) - 1 if ca else ea
    adj_b = eb + _ndigits(cb) - 1
    exp = min(ea, eb)
    if ca and adj_a < adj_b:
        return 0, ca * _p10(ea - exp), exp
    if ca and adj_a - adj_b > ctx._prec:
        return None
    q, r = divmod(ca * _p10(ea - exp), cb * _p10(eb - exp))
    if _ndigits(q) > ctx._prec:
        return None
    return q, r, exp


def _divide_int(ctx, a, b):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            return _invalid(ctx) if b._kind == _INF else _new(sign, 0, 0, _INF)
        return _result(ctx, sign, 0, 0)
    if not b._coef:
        if not a._coef:
            return _invalid(ctx, _UNDEFINED)
        ctx._signal(_DIVZERO)
        return _new(sign, 0, 0, _INF)
    parts = _integer_division(ctx, a, b)
    if parts is None:
        return _invalid(ctx, _IMPOSSIBLE)
    return _result(ctx, sign, parts[0], 0)


def _remainder(ctx, a, b, near=False):
    """a % b (the sign of a), or remainder-near (the quotient rounded half-even) when near."""
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            return _invalid(ctx)
        return _result(ctx, a._sign, a._coef, a._exp)
    if not b._coef:
        return _invalid(ctx, _INVALID if a._coef else _UNDEFINED)
    parts = _integer_division(ctx, a, b)
    if parts is None:
        return _invalid(ctx, _IMPOSSIBLE)
    q, r, exp = parts
    sign = a._sign
    if near:
        whole = b._coef * _p10(b._exp - exp)
        if r * 2 > whole or (r * 2 == whole and q & 1):
            r = whole - r
            sign ^= 1
            if _ndigits(q + 1) > ctx._prec:
                return _invalid(ctx, _IMPOSSIBLE)
    return _result(ctx, sign, r, exp)


def _cmp(a, b):
    """-1, 0 or 1 as a <, ==, > b (neither a NaN)."""
    if a._kind or b._kind:
        va = (-1 if a._sign else 1) if a._kind else 0
        vb = (-1 if b._sign else 1) if b._kind else 0
        if a._kind and b._kind:
            return (va > vb) - (va < vb)
        return va if a._kind else -vb
    if not a._coef:
        return 0 if not b._coef else (1 if b._sign else -1)
    if not b._coef or a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._coef)
    adj_b = b._exp + _ndigits(b._coef)
    if adj_a != adj_b:
        order = 1 if adj_a > adj_b else -1
    else:
        exp = min(a._exp, b._exp)
        x, y = a._coef * _p10(a._exp - exp), b._coef * _p10(b._exp - exp)
        order = (x > y) - (x < y)
    return -order if a._sign else order


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_BAD_ROUNDING)
    return rounding


def _is_integral(d):
    return d._kind == _FINITE and (d._exp >= 0 or d._coef % _p10(-d._exp) == 0)


def _integral_value(d):
    return (-1 if d._sign else 1) * (d._coef * _p10(d._exp) if d._exp >= 0 else d._coef // _p10(-d._exp))


# ---- Decimal ----

class Decimal:
    """A decimal floating point number: exact when made, rounded to the context by operations."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            parts = _parse(value)
            if parts is None:
                _ctx(context)._signal(_SYNTAX)
                parts = 0, 0, 0, _QNAN
        elif isinstance(value, int):
            parts = int(value < 0), abs(int(value)), 0, _FINITE
        elif isinstance(value, Decimal):
            if type(value) is Decimal and cls is Decimal:
                return value
            parts = value._sign, value._coef, value._exp, value._kind
        elif isinstance(value, float):
            _ctx(context)._signal(_FLOATOP)
            parts = _from_float(value)
        elif isinstance(value, (tuple, list)):
            parts = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % _tp_name(type(value)))
        self = object.__new__(cls)
        self._sign, self._coef, self._exp, self._kind = parts
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _new(*_from_float(f))
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- conversions out --

    def __str__(self):
        return _to_sci(self, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _to_eng(self, _ctx(context)._capitals)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __bool__(self):
        return bool(self._kind or self._coef)

    def __int__(self):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        return _integral_value(self)

    __trunc__ = __int__

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return -_math.nan if self._sign else _math.nan
        return float(_to_sci(self, 1))

    def __complex__(self):
        return complex(float(self))

    def _to_integer(self, rounding):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            return _integral_value(self)
        q, _ = _round_int(self._coef, -self._exp, rounding, self._sign)
        return -q if self._sign else q

    def __floor__(self):
        return self._to_integer(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_integer(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_integer(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, _digits(self._coef))) if self._coef or not self._kind else ()
        if self._kind:
            return DecimalTuple(self._sign, digits, 'n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._exp >= 0:
            return _integral_value(self), 1
        n, d = self._coef, _p10(-self._exp)
        g = _math.gcd(n, d)
        return (-n if self._sign else n) // g, d // g

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _MODULUS) % _MODULUS
        else:
            h = self._coef * pow(_INV10, -self._exp, _MODULUS) % _MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- comparisons --

    def _compare_with(self, other, ordering):
        """(self, other as a Decimal, exactly) for a comparison, or None (NotImplemented); a float
        raises the FloatOperation flag (and traps only in orderings), a Rational compares exactly."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, complex):
            if ordering:
                return None
            if other.imag:
                return self, None
            other = other.real
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._signal(_FLOATOP)
            else:
                ctx._flags._d[FloatOperation] = True
            return self, _new(*_from_float(other))
        if isinstance(other, _numbers.Rational):
            if self._kind:
                return self, _from_int(other.numerator)
            scaled = _new(self._sign, self._coef * other.denominator, self._exp)
            return scaled, _from_int(other.numerator)
        return None

    def _equals(self, other):
        pair = self._compare_with(other, False)
        if pair is None:
            return NotImplemented
        a, b = pair
        if b is None:
            return False
        if a._kind >= _QNAN or b._kind >= _QNAN:
            if a._kind == _SNAN or b._kind == _SNAN:
                getcontext()._signal(_INVALID)
            return False
        return _cmp(a, b) == 0

    def __eq__(self, other):
        return self._equals(other)

    def __ne__(self, other):
        result = self._equals(other)
        return result if result is NotImplemented else not result

    def _order(self, other):
        pair = self._compare_with(other, True)
        if pair is None:
            return None
        a, b = pair
        if a._kind >= _QNAN or b._kind >= _QNAN:
            getcontext()._signal(_INVALID)
            return 'nan'
        return _cmp(a, b)

    def __lt__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else (order != 'nan' and order < 0)

    def __le__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else (order != 'nan' and order <= 0)

    def __gt__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else (order != 'nan' and order > 0)

    def __ge__(self, other):
        order = self._order(other)
        return NotImplemented if order is None else (order != 'nan' and order >= 0)

    # -- arithmetic operators --

    def __add__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(_ctx(context), self, other, other._sign)

    def __radd__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(_ctx(context), other, self, self._sign)

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(_ctx(context), self, other, other._sign ^ 1)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(_ctx(context), other, self, self._sign ^ 1)

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _multiply(_ctx(context), self, other)

    def __rmul__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _multiply(_ctx(context), other, self)

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide(_ctx(context), self, other)

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide(_ctx(context), other, self)

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_int(_ctx(context), self, other)

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_int(_ctx(context), other, self)

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _remainder(_ctx(context), self, other)

    def __rmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _remainder(_ctx(context), other, self)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divmod(_ctx(context), self, other)

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divmod(_ctx(context), other, self)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = _ctx(context)
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is None:
                return NotImplemented
            return _power_modulo(ctx, self, other, modulo)
        return _power(ctx, self, other)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else _new(self._sign ^ 1, 0, 0, _INF)
        sign = self._sign ^ 1 if self._coef else int(ctx._rounding == ROUND_FLOOR)
        return _result(ctx, sign, self._coef, self._exp)

    def __pos__(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else _new(self._sign, 0, 0, _INF)
        sign = self._sign if self._coef else self._sign & (ctx._rounding == ROUND_FLOOR)
        return _result(ctx, sign, self._coef, self._exp)

    def __abs__(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else _new(0, 0, 0, _INF)
        return _result(ctx, 0, self._coef, self._exp)

    # -- named operations --

    def _two(self, other, context):
        return _ctx(context), _need_decimal(other)

    def compare(self, other, context=None):
        ctx, other = self._two(other, context)
        nan = _nan_operand(ctx, self, other)
        if nan is not None:
            return nan
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx, other = self._two(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            if self._kind != _SNAN and other._kind != _SNAN:
                ctx._signal(_INVALID)
            return _nan_operand(ctx, self, other)
        return _from_int(_cmp(self, other))

    def _total_key(self):
        """A key for the total order: NaNs beyond Infinity, sNaN below NaN; equal values by exponent."""
        if self._kind >= _QNAN:
            rank = (3 if self._kind == _QNAN else 2, self._coef)
        elif self._kind == _INF:
            rank = (1, 0)
        else:
            rank = (0, 0)
        return rank

    def compare_total(self, other, context=None):
        other = _need_decimal(other)
        if self._sign != other._sign:
            return _from_int(-1 if self._sign else 1)
        ka, kb = self._total_key(), other._total_key()
        if ka != kb or ka[0]:
            order = (ka > kb) - (ka < kb)
        else:
            order = _cmp(self.copy_abs(), other.copy_abs()) or ((self._exp > other._exp) - (self._exp < other._exp))
        return _from_int(-order if self._sign else order)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_need_decimal(other).copy_abs())

    def _pick(self, other, context, want_max, magnitude):
        ctx, other = self._two(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            if self._kind == _SNAN or other._kind == _SNAN or (self._kind >= _QNAN and other._kind >= _QNAN):
                return _nan_operand(ctx, self, other)
            chosen = other if self._kind >= _QNAN else self
            return _pos_result(ctx, chosen)
        order = _cmp(self.copy_abs(), other.copy_abs()) if magnitude else 0
        if not order:
            order = _cmp(self, other)
        if not order:
            order = int(self.compare_total(other))
        chosen = self if (order > 0) == want_max or order == 0 else other
        return _pos_result(ctx, chosen)

    def max(self, other, context=None):
        return self._pick(other, context, True, False)

    def min(self, other, context=None):
        return self._pick(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._pick(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._pick(other, context, False, True)

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        return _new(_need_decimal(other)._sign, self._coef, self._exp, self._kind)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return bool(self._sign)

    def is_zero(self):
        return self._kind == _FINITE and not self._coef

    def is_normal(self, context=None):
        return self._kind == _FINITE and bool(self._coef) and self.adjusted() >= _ctx(context)._emin

    def is_subnormal(self, context=None):
        return self._kind == _FINITE and bool(self._coef) and self.adjusted() < _ctx(context)._emin

    def number_class(self, context=None):
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if not self._coef:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def radix(self):
        return Decimal(10)

    def same_quantum(self, other, context=None):
        other = _need_decimal(other)
        if self._kind or other._kind:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or (self._kind == other._kind == _INF)
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other, third = _need_decimal(other), _need_decimal(third)
        if self._kind or other._kind:
            product = _multiply(ctx, self, other)
            if third._kind == _SNAN and product._kind != _QNAN:
                return _nan_operand(ctx, third)
            if product._kind == _QNAN and (self._kind >= _QNAN or other._kind >= _QNAN):
                return product
            if product._kind == _QNAN:
                return product
        else:
            product = _new(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return _add(ctx, product, third, third._sign)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _need_decimal(exp)
        rounding = _rounding_arg(rounding, ctx)
        if self._kind or exp._kind:
            nan = _nan_operand(ctx, self, exp)
            if nan is not None:
                return nan
            if self._kind == _INF and exp._kind == _INF:
                return _new(self._sign, 0, 0, _INF)
            return _invalid(ctx)
        target = exp._exp
        etiny = ctx._emin - ctx._prec + 1
        if not etiny <= target <= ctx._emax:
            return _invalid(ctx)
        bits = 0
        coef = self._coef
        if not coef:
            return _result(ctx, self._sign, 0, target)
        if target > self._exp:
            coef, inexact = _round_int(coef, target - self._exp, rounding, self._sign)
            bits = _ROUNDED | (_INEXACT if inexact else 0)
        else:
            coef *= _p10(self._exp - target)
        if _ndigits(coef) > ctx._prec or (coef and target + _ndigits(coef) - 1 > ctx._emax):
            return _invalid(ctx)
        if coef and target + _ndigits(coef) - 1 < ctx._emin:
            bits |= _SUBNORMAL | (_UNDERFLOW if bits & _INEXACT else 0)
        if bits:
            ctx._signal(bits)
        return _new(self._sign, coef, target)

    def _integral(self, rounding, context, exact):
        ctx = _ctx(context)
        rounding = _rounding_arg(rounding, ctx)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        coef, inexact = _round_int(self._coef, -self._exp, rounding, self._sign)
        if exact:
            ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
        return _new(self._sign, coef, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else self
        d = _result(ctx, self._sign, self._coef, self._exp)
        if d._kind:
            return d
        if not d._coef:
            return _new(d._sign, 0, 0)
        coef, exp = d._coef, d._exp
        top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)

    def scaleb(self, other, context=None):
        ctx, other = self._two(other, context)
        nan = _nan_operand(ctx, self, other)
        if nan is not None:
            return nan
        if not _is_integral(other) or other._exp != 0:
            return _invalid(ctx)
        if self._kind == _INF:
            return self
        return _result(ctx, self._sign, self._coef, self._exp + _integral_value(other))

    def logb(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operand(ctx, self)
            return nan if nan is not None else _new(0, 0, 0, _INF)
        if not self._coef:
            ctx._signal(_DIVZERO)
            return _new(1, 0, 0, _INF)
        return _result(ctx, 0, 0, 0) if self.adjusted() == 0 else _result(
            ctx, int(self.adjusted() < 0), abs(self.adjusted()), 0)

    def remainder_near(self, other, context=None):
        ctx, other = self._two(other, context)
        return _remainder(ctx, self, other, near=True)

    def next_plus(self, context=None):
        return _next(_ctx(context), self, 0)

    def next_minus(self, context=None):
        return _next(_ctx(context), self, 1)

    def next_toward(self, other, context=None):
        ctx, other = self._two(other, context)
        nan = _nan_operand(ctx, self, other)
        if nan is not None:
            return nan
        order = _cmp(self, other)
        if not order:
            return self.copy_sign(other)
        d = _next(ctx, self, 0 if order < 0 else 1)
        bits = 0
        if d._kind == _INF:
            bits = _OVERFLOW | _INEXACT | _ROUNDED
        elif d.adjusted() < ctx._emin:
            bits = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | (0 if d._coef else _CLAMPED)
        if bits:
            ctx._signal(bits)
        return d

    def sqrt(self, context=None):
        return _sqrt(_ctx(context), self)

    def exp(self, context=None):
        return _exp(_ctx(context), self)

    def ln(self, context=None):
        return _log(_ctx(context), self, False)

    def log10(self, context=None):
        return _log(_ctx(context), self, True)

    def _logical_digits(self):
        if self._kind or self._sign or self._exp or set(_digits(self._coef)) - {'0', '1'}:
            return None
        return int(_digits(self._coef), 2)

    def _logical(self, other, context, op):
        ctx, other = self._two(other, context)
        a, b = self._logical_digits(), other._logical_digits()
        if a is None or b is None:
            return _invalid(ctx)
        return _logical_result(ctx, op(a, b))

    def logical_and(self, other, context=None):
        return self._logical(other, context, int.__and__)

    def logical_or(self, other, context=None):
        return self._logical(other, context, int.__or__)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, int.__xor__)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._logical(_new(0, _int('1' * ctx._prec), 0), ctx, int.__xor__)

    def _digit_move(self, other, context, rotate):
        ctx, other = self._two(other, context)
        nan = _nan_operand(ctx, self, other)
        if nan is not None:
            return nan
        prec = ctx._prec
        if not _is_integral(other) or other._exp != 0 or abs(_integral_value(other)) > prec:
            return _invalid(ctx)
        if self._kind == _INF:
            return self
        n = _integral_value(other)
        digits = _digits(self._coef)[-prec:].rjust(prec, '0')
        if rotate:
            digits = digits[n:] + digits[:n]
        elif n > 0:
            digits = (digits + '0' * n)[-prec:]
        elif n < 0:
            digits = ('0' * -n + digits)[:prec]
        return _new(self._sign, _int(digits), self._exp)

    def rotate(self, other, context=None):
        return self._digit_move(other, context, True)

    def shift(self, other, context=None):
        return self._digit_move(other, context, False)

    def __format__(self, spec):
        return _format(self, spec)


# C decimal's static types: messages name them by their tp_name, 'decimal.Decimal'
_set_tp_name(Decimal, 'decimal.Decimal')
_set_tp_name(Context, 'decimal.Context')
del _set_tp_name
_NAN = _new(0, 0, 0, _QNAN)
_ONE = _new(0, 1, 0)
_numbers.Number.register(Decimal)


def _pos_result(ctx, d):
    return d if d._kind else _result(ctx, d._sign, d._coef, d._exp)


def _logical_result(ctx, bits):
    return _new(0, _int(bin(bits)[2:][-ctx._prec:]), 0)


def _divmod(ctx, a, b):
    if a._kind or b._kind:
        nan = _nan_operand(ctx, a, b)
        if nan is not None:
            return nan, nan
        if a._kind == _INF:
            if b._kind == _INF:
                nan = _invalid(ctx)
                return nan, nan
            quotient = _new(a._sign ^ b._sign, 0, 0, _INF)
            return quotient, _invalid(ctx)
        return _result(ctx, a._sign ^ b._sign, 0, 0), _result(ctx, a._sign, a._coef, a._exp)
    if not b._coef:
        if not a._coef:
            nan = _invalid(ctx, _UNDEFINED)
            return nan, nan
        ctx._signal(_INVALID | _DIVZERO)
        return _new(a._sign ^ b._sign, 0, 0, _INF), _NAN
    parts = _integer_division(ctx, a, b)
    if parts is None:
        nan = _invalid(ctx, _IMPOSSIBLE)
        return nan, nan
    q, r, exp = parts
    return _result(ctx, a._sign ^ b._sign, q, 0), _result(ctx, a._sign, r, exp)


def _next(ctx, d, down):
    """The closest representable number above (down=0) or below d, no flags raised."""
    nan = _nan_operand(ctx, d)
    if nan is not None:
        return nan
    quiet = ctx.copy()
    quiet.clear_traps()
    quiet._rounding = ROUND_FLOOR if down else ROUND_CEILING
    if d._kind == _INF:
        if d._sign == down:
            return d
        return _new(d._sign, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    low = ctx._emin - ctx._prec - 1
    if d._coef:
        low = min(low, d._exp + _ndigits(d._coef) - ctx._prec - 2)
    return _add(quiet, d, _new(down, 1, low), down)


# ---- square root, exp, ln, log10, power ----

def _sqrt(ctx, d):
    if d._kind:
        nan = _nan_operand(ctx, d)
        if nan is not None:
            return nan
        return _invalid(ctx) if d._sign else d
    ideal = d._exp // 2
    if not d._coef:
        return _result(ctx, d._sign, 0, ideal)
    if d._sign:
        return _invalid(ctx)
    coef, exp = (d._coef * 10, d._exp - 1) if d._exp & 1 else (d._coef, d._exp)
    shift = max(0, ctx._prec + 2 - (_ndigits(coef) + 1) // 2)
    coef *= _p10(2 * shift)
    root = _math.isqrt(coef)
    exp = exp // 2 - shift
    if root * root == coef:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    elif root % 5 == 0:
        root += 1  # a digit below the rounding place: make it say "more than nothing"
    return _result(_half_even(ctx), 0, root, exp)


_LN10 = [0, 0]  # (digits, ln(10) * 10**digits), grown on demand


def _atanh_inverse(q, scale):
    """atanh(1/q) * scale, to within a few units."""
    total, power, q2, j = 0, scale // q, q * q, 1
    while power:
        total += power // j
        power //= q2
        j += 2
    return total


def _ln10(w):
    """ln(10) * 10**w, to within one unit: 3 ln 2 + ln 1.25, each an atanh series."""
    digits, value = _LN10
    if digits < w:
        scale = _p10(w + 10)
        value = (6 * _atanh_inverse(3, scale) + 2 * _atanh_inverse(9, scale)) // _p10(10)
        _LN10[:] = [w, value]
        return value
    return value // _p10(digits - w)


def _ln_fixed(coef, exp, w):
    """ln(coef * 10**exp) * 10**w to within a few units: the mantissa in [1, 10) is brought near 1 by
    eight square roots, then 2 atanh((m-1)/(m+1)) is summed; the exponent adds multiples of ln 10."""
    n = _ndigits(coef)
    adj = exp + n - 1
    work = w + 12 + _ndigits(abs(adj))
    scale = _p10(work)
    m = coef * scale // _p10(n - 1)
    for _ in range(8):
        m = _math.isqrt(m * scale)
    z = (m - scale) * scale // (m + scale)
    z2 = z * z // scale
    total, term, j = 0, z, 1
    while term:
        total += term // j
        term = term * z2 // scale
        j += 2
    value = total * 512 + adj * _ln10(work)
    return value // _p10(work - w)


def _exp_fixed(x, scale_digits, w):
    """exp(x / 10**scale_digits) as (A, E), A*10**E, A of at least w digits, within a few units of A:
    x = n ln 10 + r with 0 <= r < ln 10, exp(r/256) by its series, squared eight times."""
    whole = abs(x) // _p10(scale_digits)
    work = w + 12 + _ndigits(whole)
    x = x * _p10(work - scale_digits) if work >= scale_digits else x // _p10(scale_digits - work)
    ln10 = _ln10(work)
    n = x // ln10
    r = (x - n * ln10) >> 8
    scale = _p10(work)
    total, term, j = scale, scale, 1
    while term:
        term = term * r // (scale * j)
        total += term
        j += 1
    for _ in range(8):
        total = total * total // scale
    return total, n - work


def _half_even(ctx):
    """ctx, or a copy sharing its flags and traps that rounds half-even: sqrt, exp, ln and log10 are
    rounded that way whatever the context's rounding, as CPython's documentation says."""
    if ctx._rounding == ROUND_HALF_EVEN:
        return ctx
    other = ctx.copy()
    other._rounding = ROUND_HALF_EVEN
    other._flags, other._traps = ctx._flags, ctx._traps
    return other


def _correctly_rounded(ctx, sign, approximate):
    """Round a transcendental result: approximate(w) gives (A, E) within a few units of A*10**E and A
    of at least w digits; w grows until every value within the error rounds the same way (Ziv)."""
    w = ctx._prec + 10
    while True:
        a, e = approximate(w)
        a //= 100000
        e += 5
        drop = _ndigits(a) - ctx._prec
        if drop >= 2:
            unit = _p10(drop - 1)
            low, high = a - 2, a + 2
            if low // unit == high // unit and low % unit:
                return _result(ctx, sign, a, e)
        w *= 2


def _value_fixed(d, w):
    """d * 10**w truncated to an int."""
    v = d._coef * _p10(d._exp + w) if d._exp + w >= 0 else d._coef // _p10(-d._exp - w)
    return -v if d._sign else v


def _exp(ctx, d):
    ctx = _half_even(ctx)
    if d._kind:
        nan = _nan_operand(ctx, d)
        if nan is not None:
            return nan
        return _new(0, 0, 0) if d._sign else d
    if not d._coef:
        return _result(ctx, 0, 1, 0)
    prec = ctx._prec
    adj = d.adjusted()
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ...: strictly between 1 and 1 + 10**-(prec+2) on x's side
        digits = prec + 3
        return _result(ctx, 0, _p10(digits) + (-1 if d._sign else 1), -digits)
    estimate = float(d) / 2.302585092994046
    if estimate > ctx._emax + 2:
        return _result(ctx, 0, 1, ctx._emax + 1, _INEXACT | _ROUNDED)
    if estimate < ctx._emin - prec - 2:
        return _result(ctx, 0, 1, ctx._emin - prec - 2)

    def approximate(w):
        return _exp_fixed(_value_fixed(d, w + 5), w + 5, w)
    return _correctly_rounded(ctx, 0, approximate)


def _log(ctx, d, base10):
    ctx = _half_even(ctx)
    if d._kind:
        nan = _nan_operand(ctx, d)
        if nan is not None:
            return nan
        return _invalid(ctx) if d._sign else d
    if not d._coef:
        return _new(1, 0, 0, _INF)
    if d._sign:
        return _invalid(ctx)
    coef, exp = d._coef, d._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    if coef == 1 and (base10 or exp == 0):
        return _result(ctx, int(exp < 0), abs(exp), 0)
    # Near 1 the logarithm is near x - 1: count the zeros that cancel.
    if exp < 0:
        near = coef - _p10(-exp)
        extra = max(0, -(exp + _ndigits(abs(near)) - 1)) if near else 0
    else:
        extra = 0
    negative = exp + _ndigits(coef) - 1 < 0 or (exp < 0 and coef < _p10(-exp))

    def approximate(w):
        work = w + extra + 2
        value = abs(_ln_fixed(coef, exp, work))
        if base10:
            value = value * _p10(work) // _ln10(work)
        return value, -work
    return _correctly_rounded(ctx, int(negative), approximate)


def _power_modulo(ctx, base, exponent, modulo):
    for d in (base, exponent, modulo):
        if d._kind:
            nan = _nan_operand(ctx, base, exponent, modulo)
            return nan if nan is not None else _invalid(ctx)
    if not (_is_integral(base) and _is_integral(exponent) and _is_integral(modulo)) or \
            exponent._sign or not modulo._coef or (not base._coef and not exponent._coef) or \
            _ndigits(abs(_integral_value(modulo))) > ctx._prec:
        return _invalid(ctx)
    n = _integral_value(exponent)
    value = pow(abs(_integral_value(base)), n, abs(_integral_value(modulo)))
    return _result(ctx, base._sign if n & 1 else 0, value, 0)


def _exact_root(coef, exp, q):
    """(root coef, root exp) when coef * 10**exp is a perfect q-th power, else None."""
    while coef % 10 == 0 and coef:
        coef //= 10
        exp += 1
    if exp % q:
        return None
    if coef == 1:
        return 1, exp // q
    if q > coef.bit_length():
        return None
    root = round(coef ** (1.0 / q)) if coef.bit_length() < 1000 else None
    if root is None:
        low, high = 1, 1 << (coef.bit_length() // q + 1)
        while low < high:
            mid = (low + high) // 2
            if mid ** q < coef:
                low = mid + 1
            else:
                high = mid
        root = low
    for candidate in (root - 1, root, root + 1):
        if candidate > 0 and candidate ** q == coef:
            return candidate, exp // q
    return None


def _power(ctx, x, y):
    if x._kind >= _QNAN or y._kind >= _QNAN:
        return _nan_operand(ctx, x, y)
    if _is_integral(y):
        return _integer_power(ctx, x, y)
    if x._sign and (x._coef or x._kind):
        return _invalid(ctx)
    if y._kind == _INF:
        return _infinite_exponent(ctx, x, y)
    if x._kind == _INF:
        return _new(0, 0, 0, _INF) if not y._sign else _new(0, 0, 0)
    if not x._coef:
        return _new(0, 0, 0, _INF) if y._sign else _new(0, 0, 0)
    # An exact result (4 ** 0.5) is written to the full precision and flagged inexact, as CPython's is.
    p, q = y._coef, _p10(-y._exp)
    g = _math.gcd(p, q)
    p, q = p // g, q // g
    root = _exact_root(x._coef, x._exp, q)
    if root is not None and (not y._sign or root[0] == 1):
        coef, exp = root[0] ** p, root[1] * p
        if y._sign:
            exp = -exp
        n = _ndigits(coef)
        if n < ctx._prec:
            coef *= _p10(ctx._prec - n)
            exp -= ctx._prec - n
        return _result(ctx, 0, coef, exp, _INEXACT | _ROUNDED)
    ln_x = (x.adjusted() + _math.log10(int(_digits(x._coef)[:15]) / 10 ** (min(15, _ndigits(x._coef)) - 1))) * 2.302585092994046
    estimate = float(y) * ln_x / 2.302585092994046
    if estimate > ctx._emax + 2:
        return _result(ctx, 0, 1, ctx._emax + 1, _INEXACT | _ROUNDED)
    if estimate < ctx._emin - ctx._prec - 2:
        return _result(ctx, 0, 1, ctx._emin - ctx._prec - 2)
    y_digits = max(0, y.adjusted() + 1)

    def approximate(w):
        work = w + 8 + y_digits
        t = _ln_fixed(x._coef, x._exp, work) * y._coef
        t = t * _p10(y._exp) if y._exp >= 0 else t // _p10(-y._exp)
        return _exp_fixed(-t if y._sign else t, work, w)
    return _correctly_rounded(ctx, 0, approximate)


def _infinite_exponent(ctx, x, y):
    """x ** (+-Infinity) for x >= 0."""
    if x._kind == _FINITE and x._coef and _cmp(x, _ONE) == 0:
        return _result(ctx, 0, _p10(ctx._prec - 1), 1 - ctx._prec, _INEXACT | _ROUNDED)
    big = (x._kind == _INF or _cmp(x, _ONE) > 0) != bool(y._sign)
    return _new(0, 0, 0, _INF) if big else _new(0, 0, 0)


def _integer_power(ctx, x, y):
    n = _integral_value(y)
    sign = x._sign if n & 1 else 0
    if x._kind == _INF:
        if n == 0:
            return _result(ctx, 0, 1, 0)
        return _new(sign, 0, 0, _INF) if n > 0 else _new(sign, 0, 0)
    if not x._coef:
        if n == 0:
            return _invalid(ctx)
        return _new(sign, 0, 0, _INF) if n < 0 else _new(sign, 0, 0)
    if n == 0:
        return _result(ctx, 0, 1, 0)
    m = abs(n)
    digits = x._coef.bit_length() * 3 // 10 + 1
    if x._coef != 1 and digits * m > 4 * ctx._prec + 10000:
        # Too many digits to compute exactly: work at a generous precision and round once more.
        work = ctx.copy()
        work.clear_traps()
        work._prec = ctx._prec + _ndigits(m) + 10
        work._emax, work._emin = MAX_EMAX, MIN_EMIN
        value = _ONE
        base = _new(0, x._coef, x._exp)
        while m:
            if m & 1:
                value = _multiply(work, value, base)
            base = _multiply(work, base, base)
            m >>= 1
        if n < 0:
            value = _divide(work, _ONE, value)
        bits = _INEXACT | _ROUNDED if work._flags._d[Inexact] else 0
        return _result(ctx, sign, value._coef, value._exp, bits)
    power = _new(sign, x._coef ** m if x._coef != 1 else 1, x._exp * m)
    if n > 0:
        return _result(ctx, sign, power._coef, power._exp)
    return _divide(ctx, _new(sign, 1, 0), _new(0, power._coef, power._exp))


# ---- format() ----

def _parse_spec(spec):
    """The parts of a format spec as Decimal accepts it:
    [[fill]align][sign][z][0][width][,][.precision][type]."""
    fill, align, i = ' ', None, 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    no_negative_zero = spec[i:i + 1] == 'z'
    i += no_negative_zero
    zero_pad = spec[i:i + 1] == '0'
    # A '0' before the width with no alignment pads with zeros after the sign, grouped like the digits.
    group_zeros = zero_pad and align is None
    if group_zeros:
        fill, align = '0', '='
    i += zero_pad
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = spec[i:i + 1] == ','
    i += grouping
    precision = None
    if spec[i:i + 1] == '.':
        start = i = i + 1
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = spec[i:]
    if kind not in ('', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%') or (grouping and kind == 'n'):
        raise ValueError('invalid format string')
    return fill, align or '>', sign, no_negative_zero, group_zeros, width, grouping, precision, kind


def _rounded_to(d, digits, rounding):
    """(coef, exp) of finite d rounded to `digits` significant digits (never padded)."""
    n = _ndigits(d._coef)
    if n <= digits or not d._coef:
        return d._coef, d._exp
    coef, _ = _round_int(d._coef, n - digits, rounding, d._sign)
    exp = d._exp + n - digits
    if _ndigits(coef) > digits:
        coef //= 10
        exp += 1
    return coef, exp


def _format(d, spec):
    fill, align, sign_mode, no_negative_zero, group_zeros, width, grouping, precision, kind = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    negative = d._sign
    if d._kind:
        body = _special_text(_new(0, d._coef, 0, d._kind))
        if group_zeros:
            fill, align, group_zeros = ' ', '>', False
        if kind == '%':
            body += '%'
    else:
        coef, exp = d._coef, d._exp
        if kind == '%':
            exp += 2
        if kind in ('e', 'E'):
            if precision is not None:
                if coef:
                    n = _ndigits(coef)
                    if n > precision + 1:
                        coef, exp = _rounded_to(_new(d._sign, coef, exp), precision + 1, rounding)
                    else:
                        coef, exp = coef * _p10(precision + 1 - n), exp - (precision + 1 - n)
                    digits = _digits(coef)
                    shown = exp + len(digits) - 1
                else:
                    digits, shown = '0' * (precision + 1), exp + precision
            else:
                digits = _digits(coef)
                shown = exp + len(digits) - 1
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + \
                ('E' if kind == 'E' else 'e') + ('+' if shown >= 0 else '') + str(shown)
        elif kind in ('f', 'F', '%'):
            if precision is not None:
                if exp < -precision:
                    coef, _ = _round_int(coef, -precision - exp, rounding, d._sign)
                else:
                    coef *= _p10(exp + precision)
                exp = -precision
            if exp >= 0:
                body = _digits(coef * _p10(exp)) if coef else '0'
            else:
                digits = _digits(coef).rjust(-exp + 1, '0')
                body = digits[:exp] + '.' + digits[exp:]
            if kind == '%':
                body += '%'
        else:
            if precision is not None:
                coef, exp = _rounded_to(_new(d._sign, coef, exp), max(precision, 1), rounding)
            capitals = kind == 'G' or (kind == '' and ctx._capitals)
            body = _to_sci(_new(0, coef, exp), capitals)
        if no_negative_zero and negative and not any(c in '123456789' for c in body.split('e')[0].split('E')[0]):
            negative = 0
    sign = '-' if negative else ('' if sign_mode == '-' else sign_mode)
    if grouping:
        lead = len(body) - len(body.lstrip('0123456789'))
        if lead:
            rest = body[lead:]
            body = _group(body[:lead], width - len(sign) - len(rest) if group_zeros else 0) + rest
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * padding
    if align == '=':
        return sign + fill * padding + body
    if align == '^':
        return fill * (padding // 2) + sign + body + fill * (padding - padding // 2)
    return fill * padding + sign + body


def _group(digits, min_width):
    """digits with ',' between groups of three, zeros (and commas) added in front to min_width."""
    lead = len(digits) % 3 or 3
    parts = [digits[:lead]] + [digits[i:i + 3] for i in range(lead, len(digits), 3)]
    text = ','.join(parts)
    while len(text) < min_width:
        if lead == 3:
            text = '0,' + text
            lead = 1
        else:
            text = '0' + text
            lead += 1
    return text


# ---- the template contexts ----

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])
_make_context_methods()

_hide_module(globals())  # C in CPython: a traceback through decimal shows none of its frames
