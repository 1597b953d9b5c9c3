"""The numeric tower of PEP 3141: the GIL Lab model's numbers module.

Mirrors the behaviour of CPython 3.11's Lib/numbers.py as the numbers docs and PEP 3141 describe it;
written for the model, not copied. Number > Complex > Real > Rational > Integral are ABCs: each
names the operations its kind must provide (abstract: called through super() they raise
NotImplementedError) and derives the rest from them (Complex's subtraction from addition and
negation, Real's divmod from // and %, Integral's float() from int()...). The built-in types are
registered: complex as Complex, float as Real, int (and so bool) as Integral.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) asks whether x is a number of any kind."""
    __slots__ = ()

    # Each kind defines equality (and so hashing) by value; the root cannot.
    __hash__ = None


class Complex(Number):
    """Complex numbers: +, -, *, /, ** (with their reflections), unary - and +, abs(), ==,
    complex(), the real and imag parts and conjugate()."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a built-in complex."""

    def __bool__(self):
        """A number is true unless it equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    # The operations every kind below must provide.
    @abstractmethod
    def __add__(self, other): raise NotImplementedError

    @abstractmethod
    def __radd__(self, other): raise NotImplementedError

    @abstractmethod
    def __neg__(self): raise NotImplementedError

    @abstractmethod
    def __pos__(self): raise NotImplementedError

    @abstractmethod
    def __mul__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other): raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent): raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base): raise NotImplementedError

    @abstractmethod
    def __abs__(self): raise NotImplementedError

    @abstractmethod
    def conjugate(self): raise NotImplementedError

    @abstractmethod
    def __eq__(self, other): raise NotImplementedError

    # Subtraction is addition of the negation.
    def __sub__(self, other):
        """self - other"""
        return self + (-other)

    def __rsub__(self, other):
        """other - self"""
        return (-self) + other


class Real(Complex):
    """Real numbers: Complex's operations plus float(), trunc(), floor(), ceil(), round(), //, %,
    divmod() and the orderings; a real number is its own real part and conjugate."""
    __slots__ = ()

    @abstractmethod
    def __float__(self): raise NotImplementedError

    @abstractmethod
    def __trunc__(self): raise NotImplementedError

    @abstractmethod
    def __floor__(self): raise NotImplementedError

    @abstractmethod
    def __ceil__(self): raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None): raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __mod__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other): raise NotImplementedError

    @abstractmethod
    def __lt__(self, other): raise NotImplementedError

    @abstractmethod
    def __le__(self, other): raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): the pair (self // other, self % other)."""
        quotient = self // other
        return quotient, self % other

    def __rdivmod__(self, other):
        """divmod(other, self): the pair (other // self, other % self)."""
        quotient = other // self
        return quotient, other % self

    def __complex__(self):
        """complex(self), through float(self)."""
        return complex(float(self), 0.0)

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


class Rational(Real):
    """Rational numbers: Real's operations plus the numerator and denominator, in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator, in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The (positive) denominator, in lowest terms."""
        raise NotImplementedError

    def __float__(self):
        """float(self): the numerator divided by the denominator, both made ints."""
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Integers: Rational's operations plus int(), operator.index(), three-argument pow(), the
    shifts, the bitwise operators and ~; an integer is its own numerator over 1."""
    __slots__ = ()

    @abstractmethod
    def __int__(self): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent, modulus=None): raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __and__(self, other): raise NotImplementedError

    @abstractmethod
    def __rand__(self, other): raise NotImplementedError

    @abstractmethod
    def __xor__(self, other): raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other): raise NotImplementedError

    @abstractmethod
    def __or__(self, other): raise NotImplementedError

    @abstractmethod
    def __ror__(self, other): raise NotImplementedError

    @abstractmethod
    def __invert__(self): raise NotImplementedError

    def __index__(self):
        """operator.index(self): an Integral is usable as an index, through int()."""
        return int(self)

    def __float__(self):
        """float(self), through int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)
