"""Exact rational arithmetic: the GIL Lab model's fractions module.

Behaves as CPython 3.11's Lib/fractions.py does (its documentation and its observed behaviour are
the specification); written for the model, not copied. A Fraction holds two ints in lowest terms,
the denominator positive. Mixed with ints and Fractions it stays exact; mixed with floats or
complex numbers it turns into one and lets that type do the work. Its hash agrees with the hash of
an equal int or float (the numeric hash described under "Hashing of numeric types"). A Decimal
argument is taken exactly, as CPython takes it.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# sys.hash_info.modulus and sys.hash_info.inf of a 64-bit CPython.
_MODULUS = (1 << 61) - 1
_INFINITE_HASH = 314159


def _is_decimal(value):
    """Whether value is a decimal.Decimal (none can be before decimal is imported)."""
    module = sys.modules.get('decimal')
    return module is not None and isinstance(value, module.Decimal)


def _digit_group(text):
    """The int written by a run of decimal digits with single '_' between digits, else None."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    if not text.replace('_', '').isdecimal():
        return None
    return int(text)


def _read_literal(literal):
    """(numerator, denominator) written by `literal` as Fraction('...') accepts it, else None:
    an optional sign, then either 'p/q' or a decimal such as '12.5e-3'; spaces around."""
    text = literal.strip()
    negative = text[:1] == '-'
    if text[:1] in ('+', '-'):
        text = text[1:]
    if '/' in text:
        top, bottom = text.split('/', 1)
        ratio = _digit_group(top), _digit_group(bottom)
        if None in ratio:
            return None
    else:
        ratio = _read_decimal(text)
        if ratio is None:
            return None
    return (-ratio[0] if negative else ratio[0]), ratio[1]


def _read_decimal(text):
    """(numerator, denominator) of 'digits[.digits][e[sign]digits]', None if malformed."""
    scale = 0
    for marker in ('e', 'E'):
        if marker in text:
            text, exponent = text.split(marker, 1)
            sign = -1 if exponent[:1] == '-' else 1
            if exponent[:1] in ('+', '-'):
                exponent = exponent[1:]
            scale = _digit_group(exponent)
            if scale is None:
                return None
            scale *= sign
            break
    whole, _, decimals = text.partition('.')
    if not whole and not decimals:
        return None
    numerator = _digit_group(whole) if whole else 0
    places = _digit_group(decimals) if decimals else 0
    if numerator is None or places is None:
        return None
    digits = len(decimals.replace('_', ''))
    numerator = numerator * 10 ** digits + places
    scale -= digits
    if scale >= 0:
        return numerator * 10 ** scale, 1
    return numerator, 10 ** -scale


def _sign(n):
    return (n > 0) - (n < 0)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75),
    Fraction(other_rational). The result is always in lowest terms."""

    __slots__ = '_numerator', '_denominator'

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        # The raise statements' first lines are CPython's: they show in users' tracebacks.
        if denominator is None:
            if type(numerator) is int:
                denominator, _normalize = 1, False
            elif isinstance(numerator, numbers.Rational):
                numerator, denominator = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float) or _is_decimal(numerator):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                ratio = _read_literal(numerator)
                if ratio is None:
                    raise ValueError('Invalid literal for Fraction: %r' %
                                     numerator)
                numerator, denominator = ratio
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            # (a/b) / (c/d) == (a*d) / (b*c)
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      numerator.denominator * denominator.numerator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        fraction = object.__new__(cls)
        fraction._numerator, fraction._denominator = numerator, denominator
        return fraction

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is taken as it is)."""
        if isinstance(f, float):
            top, bottom = f.as_integer_ratio()
            return cls(top, bottom)
        if isinstance(f, numbers.Integral):
            return cls(f)
        raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                        (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (an int is taken as it is)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents h/k (starting from 0/1 and 1/0) while their
        # denominators fit. The answer is the last one that fits or the largest semiconvergent
        # between it and the previous one, whichever is nearer; a tie goes to the convergent.
        h_before, k_before, h, k = 0, 1, 1, 0
        rest_top, rest_bottom = self._numerator, self._denominator
        while True:
            quotient, remainder = divmod(rest_top, rest_bottom)
            k_next = quotient * k + k_before
            if k_next > max_denominator:
                break
            h_before, k_before, h, k = h, k, quotient * h + h_before, k_next
            rest_top, rest_bottom = rest_bottom, remainder
        steps = (max_denominator - k_before) // k
        h_semi, k_semi = h_before + steps * h, k_before + steps * k
        # Compare |h/k - self| with |h_semi/k_semi - self| in integers: both distances share the
        # factor 1/self's denominator.
        top, bottom = self._numerator, self._denominator
        if abs(h * bottom - top * k) * k_semi <= abs(h_semi * bottom - top * k_semi) * k:
            return Fraction(h, k)
        return Fraction(h_semi, k_semi)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        top, bottom = self._numerator, self._denominator
        return str(top) if bottom == 1 else '%s/%s' % (top, bottom)

    # Arithmetic. Each operator has an exact form on (numerator, denominator) pairs and the
    # operator that float and complex use. As in CPython, the forward form handles ints and
    # Fractions exactly (other Rationals get to try their reflected method first), the reflected
    # form any Rational; a float or a complex operand turns the Fraction into its type.

    def _pair_ops(exact, inexact, symbol, name):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a._numerator, a._denominator, b._numerator, b._denominator)
            if isinstance(b, int):
                return exact(a._numerator, a._denominator, b, 1)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a.numerator, a.denominator, b._numerator, b._denominator)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        forward.__doc__ = 'a %s b' % symbol
        reflected.__name__ = '__r%s__' % name
        reflected.__doc__ = 'b %s a' % symbol
        return forward, reflected

    def _exact_add(na, da, nb, db):
        return Fraction(na * db + nb * da, da * db)

    def _exact_sub(na, da, nb, db):
        return Fraction(na * db - nb * da, da * db)

    def _exact_mul(na, da, nb, db):
        return Fraction(na * nb, da * db)

    def _exact_truediv(na, da, nb, db):
        if nb == 0:
            # CPython reduces before it builds the quotient, so the message names only the sign.
            raise ZeroDivisionError('Fraction(%s, 0)' % _sign(na))
        return Fraction(na * db, da * nb)

    def _exact_floordiv(na, da, nb, db):
        return (na * db) // (da * nb)

    def _exact_mod(na, da, nb, db):
        return Fraction((na * db) % (nb * da), da * db)

    def _exact_divmod(na, da, nb, db):
        quotient, remainder = divmod(na * db, da * nb)
        return quotient, Fraction(remainder, da * db)

    __add__, __radd__ = _pair_ops(_exact_add, operator.add, '+', 'add')
    __sub__, __rsub__ = _pair_ops(_exact_sub, operator.sub, '-', 'sub')
    __mul__, __rmul__ = _pair_ops(_exact_mul, operator.mul, '*', 'mul')
    __truediv__, __rtruediv__ = _pair_ops(_exact_truediv, operator.truediv, '/', 'truediv')
    __floordiv__, __rfloordiv__ = _pair_ops(_exact_floordiv, operator.floordiv, '//', 'floordiv')
    __mod__, __rmod__ = _pair_ops(_exact_mod, operator.mod, '%', 'mod')
    __divmod__, __rdivmod__ = _pair_ops(_exact_divmod, divmod, 'divmod()', 'divmod')
    del _pair_ops, _exact_add, _exact_sub, _exact_mul, _exact_truediv, _exact_floordiv
    del _exact_mod, _exact_divmod

    def __pow__(self, power):
        """self ** power: exact for an integral power, else a float (or complex) power."""
        if not isinstance(power, numbers.Rational):
            return float(self) ** power
        if power.denominator != 1:
            return float(self) ** float(power)
        exponent = power.numerator
        top, bottom = self._numerator, self._denominator
        if exponent < 0:
            # Invert first; the sign moves to the new numerator.
            top, bottom, exponent = bottom, top, -exponent
            if bottom < 0:
                top, bottom = -top, -bottom
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (top ** exponent))
        return Fraction(top ** exponent, bottom ** exponent, _normalize=False)

    def __rpow__(self, base):
        """base ** self."""
        top, bottom = self._numerator, self._denominator
        if bottom == 1 and top >= 0:
            return base ** top
        if isinstance(base, numbers.Rational):
            # An exact base: a negative integral power stays exact.
            return Fraction(base.numerator, base.denominator) ** self
        return base ** (top if bottom == 1 else float(self))

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        return self.__trunc__()

    def __trunc__(self):
        """Rounds toward zero."""
        return self.__floor__() if self._numerator >= 0 else self.__ceil__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        # Floor division of the negation rounds the other way.
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """round(self) is an int, halves going to the even neighbour; round(self, n) a Fraction
        rounded the same way to n decimal places (n < 0: to tens, hundreds...)."""
        if ndigits is None:
            whole, left = divmod(self._numerator, self._denominator)
            twice = 2 * left
            if twice > self._denominator or (twice == self._denominator and whole % 2):
                whole += 1
            return whole
        power = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * power), power)
        return Fraction(round(self / power) * power)

    def __hash__(self):
        # The value modulo the Mersenne prime 2**61 - 1: numerator times the inverse of the
        # denominator, a denominator the modulus divides hashing as infinity does.
        if self._denominator % _MODULUS == 0:
            result = _INFINITE_HASH
        else:
            inverse = pow(self._denominator, -1, _MODULUS)
            result = abs(self._numerator) % _MODULUS * inverse % _MODULUS
        if self._numerator < 0:
            result = -result
        return result if result != -1 else -2

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            ratio = other.numerator, other.denominator
        else:
            # A complex number with no imaginary part compares as its real part.
            if isinstance(other, numbers.Complex) and other.imag == 0:
                other = other.real
            if not isinstance(other, float):
                return NotImplemented
            if not math.isfinite(other):
                return False
            ratio = other.as_integer_ratio()
        return (self._numerator, self._denominator) == ratio

    def _order(self, other, compare):
        """compare(self, other) by cross-multiplying; NaN and infinities against 0.0."""
        if isinstance(other, numbers.Rational):
            top, bottom = other.numerator, other.denominator
        elif not isinstance(other, float):
            return NotImplemented
        elif math.isfinite(other):
            top, bottom = other.as_integer_ratio()
        else:
            return compare(0.0, other)
        return compare(self._numerator * bottom, self._denominator * top)

    def __lt__(self, other):
        return self._order(other, operator.lt)

    def __gt__(self, other):
        return self._order(other, operator.gt)

    def __le__(self, other):
        return self._order(other, operator.le)

    def __ge__(self, other):
        return self._order(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        # Fractions are immutable: a copy of a plain Fraction is the Fraction itself.
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
