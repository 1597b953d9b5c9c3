# numbers: where the built-in types and Fraction sit in the tower, what a class gets from each ABC
# (the derived operations), and what an incomplete one is refused
import numbers
from fractions import Fraction

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in [True, 7, 2.5, 1j, Fraction(1, 3), '7', None, [1]]:
    print(f'{value!r:16}', ''.join('1' if isinstance(value, kind) else '.' for kind in kinds))
print(issubclass(bool, numbers.Integral), issubclass(complex, numbers.Real), numbers.Number, numbers.Integral.__mro__[1:4])
print(numbers.__all__, numbers.Number.__hash__, numbers.Complex.__hash__)


class Cents(numbers.Integral):
    """Whole cents: implements what Integral asks, gets the rest."""
    def __init__(self, n):
        self.n = int(n)
    def __repr__(self):
        return f'Cents({self.n})'
    def __int__(self):
        return self.n
    def _wrap(op):
        def method(self, *others):
            return Cents(op(self.n, *[int(o) for o in others]))
        return method
    __add__ = __radd__ = _wrap(lambda a, b: a + b)
    __mul__ = __rmul__ = _wrap(lambda a, b: a * b)
    __neg__ = _wrap(lambda a: -a)
    __pos__ = _wrap(lambda a: a)
    __abs__ = _wrap(abs)
    __invert__ = _wrap(lambda a: ~a)
    __floordiv__ = _wrap(lambda a, b: a // b)
    __rfloordiv__ = _wrap(lambda a, b: b // a)
    __mod__ = _wrap(lambda a, b: a % b)
    __rmod__ = _wrap(lambda a, b: b % a)
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = _wrap(lambda a, b: a)
    __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = _wrap(lambda a, b: a)
    __pow__ = _wrap(lambda a, b, m=None: pow(a, b, m))
    __rpow__ = _wrap(lambda a, b: b ** a)
    def __truediv__(self, other):
        return self.n / int(other)
    def __rtruediv__(self, other):
        return int(other) / self.n
    def __eq__(self, other):
        return self.n == int(other)
    def __lt__(self, other):
        return self.n < int(other)
    def __le__(self, other):
        return self.n <= int(other)
    def __trunc__(self):
        return self.n
    __floor__ = __ceil__ = __trunc__
    def __round__(self, ndigits=None):
        return self.n
    __hash__ = None


c = Cents(7)
print(c - 2, 10 - c, divmod(c, 3), divmod(20, c), float(c), complex(c), c.real, c.imag, c.conjugate())
print(c.numerator, c.denominator, [0, 1, 2, 3, 4, 5, 6, 7, 8][c], bool(c), bool(Cents(0)), numbers.Rational.__float__(c))
print(isinstance(c, numbers.Real), isinstance(c, numbers.Rational), Fraction(c), Fraction(3, 4) + 1)


class Half(numbers.Rational):
    pass


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
for base in kinds:
    print(base.__name__, sorted(base.__abstractmethods__))
for call in [lambda: numbers.Complex.__add__(c, 1), lambda: numbers.Real.__float__(c),
             lambda: numbers.Complex.real.fget(c), lambda: numbers.Integral.__pow__(c, 2, 3)]:
    try:
        call()
    except NotImplementedError as e:
        print('NotImplementedError', repr(e))
print(numbers.Complex.__complex__(c), numbers.Real.real.fget(2.5), numbers.Integral.numerator.fget(True))
