# decimal: construction (str forms, ints, floats, tuples), str/repr/to_eng_string, format(), conversions,
# hashes, comparisons with int/float/Fraction, the Context API, signals and their messages
import copy
import math
import decimal
from fractions import Fraction
from decimal import Decimal, Context, getcontext, setcontext, localcontext, DefaultContext, BasicContext, \
    ExtendedContext, InvalidOperation, DivisionByZero, Inexact, Rounded, FloatOperation, Overflow, \
    ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING

D = Decimal


def show(f):
    try:
        result = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(result)


for text in ['1_000', '_1', '1.5_5', '1e1_0', 'NaN1_2', ' 12 ', '\t-0.0e-3\n', '+.5', '5.', '.', 'e5', '1e',
             'inf', '-Infinity', '+INF', 'infinit', 'nan', '-NaN123', 'sNaN', 'snan0012', 'NaN0', 'nan.1',
             '١٢.٥', '1 2', '', '1.2.3', '0x10', '00012.3400', '-0', '0E+3', '1E-7', '123E+2', '1.23E-10',
             '\u00a05\u2003', '1e٥', '0.000001', '0.0000001', '-1.5E+3', '1E+2', '100', '1.0E2']:
    print(repr(text), show(lambda: D(text)), show(lambda: D(text).to_eng_string()))
print(D(), D(12), D(-7), D(True), D(2 ** 70), D(0.1), D(-2.5), D(float('inf')), D(float('-nan')), D(1e300))
print(D((0, (1, 2, 3), -2)), D((1, (0,), 5)), D((0, (), 'F')), D((1, (4, 2), 'n')), D([0, [5], 'N']), D(D('1.50')))
for bad in [(0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,)), (0, (1,), 1.5), {}, 1j, None, b'1']:
    print(show(lambda: D(bad)))
print(D.from_float(0.1), D.from_float(5), D.from_float(-0.0), show(lambda: D.from_float('1')), D.from_float(2.5e-10))
for text in ['0E+1', '0E+4', '0E-7', '0E-8', '0E-10', '1E+4', '12E+4', '1E-7', '1.23E-10', '123456E+10', '-0E-8',
             '1E+1', '12E+1', '1E+2', '1E+3', '10E+3']:
    print(text, D(text).to_eng_string(), str(D(text)))

# format()
for value, spec in [('1234.5678', '.2f'), ('1234.5678', ',.2f'), ('0.125', '.2f'), ('0.135', '.2f'), ('-0.001', '.2f'),
                    ('-0.001', 'z.2f'), ('1.5', '%'), ('0.1234', '.1%'), ('12345', 'e'), ('12345', '.2e'),
                    ('1.2345E+10', 'E'), ('1E+2', 'f'), ('1.50', ''), ('1.50', '.2'), ('1234567', '.3'),
                    ('123', '>10'), ('123', '*^11.1f'), ('-123', '=+10'), ('123', '010'), ('123', '010,'),
                    ('1E+100', 'g'), ('0.00001234', 'g'), ('0.000001234', 'g'), ('12345678', '.3g'), ('1.5', 'n'),
                    ('Infinity', '10'), ('NaN', 'f'), ('-sNaN', 'e'), ('5', '.0e'), ('1.25', '.1f'), ('1.35', '.1f'),
                    ('1234567.891', '0=20,.2f'), ('0', '.3e'), ('0E-10', 'f'), ('0E+5', 'f'), ('-0', 'f'),
                    ('1e-7', 'f'), ('12.5', ' .3g'), ('100', '.0%'), ('1234.5', '015,.2f'), ('-1234.5', '015,.2f'),
                    ('1234.5', '<15,.2f'), ('1234.5', '+,'), ('-1234.5', ' ^13,'), ('1234567', ',e'),
                    ('1234567', ',g'), ('inf', '+'), ('-inf', '010'), ('nan', '.2%'), ('0E+5', '.2e'), ('100', '.2g'),
                    ('123.456', '.5g'), ('0E-5', '%'), ('1E+5', 'n'), ('1.5', 'G'), ('1E+5', 'G'), ('-0.0', 'z'),
                    ('99.999', '.2f'), ('-99.995', '.2f'), ('5E-3', '.1e'), ('123', '.5e')]:
    print(value, repr(spec), show(lambda: format(D(value), spec)))
for spec in ['.2x', 'c', ',n', '_', '#f', '.f']:
    print(repr(spec), show(lambda: format(D(1), spec)))
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.29'), '.1f'), format(D('1.29'), '.2'), round(D('1.29'), 1), '%s' % D('1.29'), f"{D('2.675'):.2f}")

# conversions, rounding to ints, hashes
for text in ['2.5', '3.5', '-2.5', '-0.5', '123.456', '1E+3', '-7.99', '0.000']:
    d = D(text)
    print(text, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d), math.trunc(d),
          complex(d), d.as_integer_ratio(), d.as_tuple(), d.adjusted(), bool(d))
for text in ['NaN', 'sNaN', 'Infinity', '-Infinity']:
    d = D(text)
    print(text, show(lambda: int(d)), show(lambda: float(d)), show(lambda: round(d)), show(lambda: d.as_integer_ratio()),
          d.as_tuple(), show(lambda: hash(d) if d.is_infinite() else type(hash(d)).__name__))
print(show(lambda: round(D(1), 1.5)), round(D("2.675"), 2), show(lambda: round(D("1E+30"), 2)), show(lambda: round(D('1E+30'), 5)))
for value in [0, 1, -1, 2 ** 61, -2 ** 64, 0.5, -0.1, 1e100, 1.5e-7, 2.0 ** -60]:
    d = D(value)
    print(value, hash(d) == hash(value), hash(d))
print(hash(D('1.10')) == hash(D('1.1')), hash(D('0.1')), hash(D('-12.345E-3')), hash(D('1E+40')), hash(D('-0')))
print({1: 'b', D('1.0'): 'a'}, D(1) in {1, 2}, {D('0.5'), 0.5, Fraction(1, 2)})

# comparisons with ints, floats (FloatOperation), Fractions, complex
getcontext().clear_flags()
print(D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 1.5, getcontext().flags[FloatOperation])
print(D(1) == Fraction(1), D('0.5') < Fraction(2, 3), D('0.75') == Fraction(3, 4), Fraction(1, 3) < D('0.3333'),
      D(1) == 1 + 0j, D(1) == 1j, D(2) > 1, 3 >= D('3.0'), D('-0') == 0, D('NaN') == D('NaN'), D('NaN') != 1)
print(show(lambda: D('NaN') < 1), show(lambda: D(1) >= D('sNaN')), show(lambda: D('sNaN') == 1), show(lambda: D(1) < 1j),
      show(lambda: D(1) < 'a'), show(lambda: D(1) + 1.5), show(lambda: 1.5 * D(1)), show(lambda: D(1) + '2'),
      show(lambda: D(2) ** 0.5))
with localcontext(traps=[FloatOperation]):
    print(show(lambda: D(0.5)), show(lambda: D(1) < 1.5), show(lambda: D(1) == 1.5), D.from_float(0.5),
          show(lambda: getcontext().create_decimal(0.5)))
print(sorted([D('1.5'), 2, D('-0.5'), D('1.50'), 1]), max(D(3), D('3.00')), min([D(2), 1.5]), sum([D('0.1')] * 10),
      sum([D('0.1'), 1, 2]))
print(D('1.10').compare_total(D('1.1')), D('-1.10').compare_total(D('-1.1')), D('NaN').compare_total(D('sNaN')),
      D('-NaN').compare_total(D('-Infinity')), D(1).compare_total_mag(D(-2)), D(3).max_mag(D(-4)), D(3).min_mag(-4))

# named operations
d = D('-12.3450')
print(d.normalize(), d.copy_abs(), d.copy_negate(), d.copy_sign(1), d.is_signed(), d.is_finite(), d.number_class(),
      D(0).number_class(), D('-0').number_class(), D('1E-999999').number_class(), D('1E-1000000').number_class(),
      D('-inf').number_class(), D('NaN').number_class(), D('sNaN').number_class(), d.is_normal(), d.is_subnormal(),
      D('1E-1000000').is_subnormal(), d.radix(), d.canonical(), d.is_canonical(), d.logb(), D(0).logb() if False else '',
      d.scaleb(3), d.scaleb(-2), D('1.23').same_quantum(D('4.56')), D('1.2').same_quantum(D('4.56')),
      D('inf').same_quantum(D('-inf')), d.conjugate(), d.real, d.imag, d.fma(2, 1), D(3).fma(D('inf'), 1))
print(d.to_integral_value(), d.to_integral(ROUND_CEILING), d.to_integral_exact(ROUND_HALF_UP), d.quantize(D('0.1')),
      d.quantize(D('1E+1'), ROUND_DOWN), show(lambda: d.quantize(D('1E-30'))), show(lambda: d.quantize(D(1), 'x')),
      D('100').normalize(), D('0.00').normalize(), D('-0E+5').normalize(), D('1E+2').adjusted())
print(D(2).sqrt(), D('0.04').sqrt(), D('4.0').sqrt(), D(400).sqrt(), D('1E-3').sqrt(), D('-0').sqrt(), D('0E3').sqrt(),
      D('0E-3').sqrt(), D(16).sqrt(), show(lambda: D(-4).sqrt()), D('inf').sqrt(), D('1E+9').sqrt(), D('1E+10').sqrt())
with localcontext(rounding=ROUND_DOWN):
    print(D(3).sqrt(), D(5).sqrt(), D(2).exp(), D(10).ln())
for text in ['1', '0', '0.00', '2', '-1', '10', '0.5', '1E-100', '-1E-100', '100', '-100', '1E+7', '-1E+7', '2.302585092994045684017991455',
             '1.0000000001', '0.9999999999', '123.456', 'Infinity', '-Infinity', '1E-20', '0.001']:
    d = D(text)
    print(text, show(lambda: d.exp()), show(lambda: d.ln()), show(lambda: d.log10()), show(lambda: d ** D('0.5')),
          show(lambda: d ** D('1.5')), show(lambda: D('2.5') ** d))
with localcontext(prec=50):
    print(D(2).ln(), D(3).exp(), D(7).log10(), D(2) ** D('0.3'), D(10) ** D('-2.5'), D('0.5').ln())
with localcontext(prec=5):
    print(D(2).ln(), D(3).exp(), D(7).log10(), D(2) ** D('0.3'), D(4) ** D('0.5'), D('1.1') ** D('2.5'), D(1) ** D('0.3'))
print(show(lambda: D('1.101').logical_and(D('11'))), D('1101').logical_and(D('11')), D('1100').logical_or(D('101')), D('1010').logical_xor(D('1100')),
      D('101').logical_invert(), show(lambda: D('12').logical_and(D(1))), D('123456').rotate(2), D('123456').rotate(-2),
      D('123456').shift(3), D('123456').shift(-3), show(lambda: D(1).shift(30)))
print(D(5).next_plus(), D(5).next_minus(), D(0).next_plus(), D('-Infinity').next_plus(), D(1).next_toward(2), D(1).next_toward(0),
      D(1).next_toward(D(1)), D('1E-999999').next_toward(0))
print(D(7).remainder_near(2), D(5).remainder_near(2), D(-7).remainder_near(3), D(10).remainder_near(6), show(lambda: D(1).remainder_near(0)))

# contexts
c = Context(prec=5, rounding=ROUND_HALF_UP, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, c.Etiny(), c.Etop(), c.add(1, D('0.000001')), c.divide(1, 7), c.create_decimal('1.234567'), c.create_decimal(' 1'),
      c.power(2, 10), c.sqrt(2), c.to_sci_string(D('1E+4')), c.to_eng_string(D('1E+4')), c.divmod(7, 2), c.quantize(1, D('0.1')),
      c.compare(1, 2), c.minus(3), c.plus(D('-0')), c.abs(-2), c.is_zero(0), c.copy_sign(1, -2), c.fma(2, 3, 4),
      c.create_decimal_from_float(0.1), c.radix(), c.number_class(D(5)), c.exp(1), c.ln(10), c.log10(1000), c.logb(100))
print(c.flags[Inexact], c.traps[Overflow], len(c.flags), list(c.traps)[:3], c.flags == c.traps, dict(c.flags)[Inexact])
print(show(lambda: c.multiply(D('1E+10'), 100)), c, show(lambda: c.add(1.5, 1)))
c.clear_flags()
c.clear_traps()
print(c, repr(c.copy()), copy.copy(c) is c, copy.deepcopy(c), c.__reduce__()[1][:6])
for name, value in [('prec', 0), ('prec', 'a'), ('rounding', 'x'), ('rounding', 4), ('Emin', 5), ('Emax', -5),
                    ('capitals', 2), ('clamp', 2), ('flags', {}), ('traps', [1]), ('foo', 1)]:
    print(name, show(lambda: setattr(c, name, value)))
print(show(lambda: c.traps['x']), show(lambda: c.flags.__delitem__(Inexact)), show(lambda: Context(flags={Inexact: True})),
      show(lambda: Context(rounding=4)), show(lambda: Context(prec=0)))
print(getcontext(), BasicContext, ExtendedContext, DefaultContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR,
      decimal.__version__, decimal.__libmpdec_version__, decimal.ROUND_05UP, decimal.DecimalTuple(0, (1,), 0))
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, D(1) / 0, D(0) / 0, D(-1).sqrt(), D('abc'), getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
print(show(lambda: setcontext(5)), show(lambda: localcontext(5)), show(lambda: D(1, 5)))
with localcontext(prec=5, rounding=ROUND_DOWN, Emax=100) as l:
    print(l, D(2) / 3)
print(getcontext().prec, show(lambda: localcontext(foo=5)), show(lambda: localcontext(prec='a')), type(localcontext()).__name__)
ctx = Context(prec=3)
with localcontext(ctx) as inner:
    print(inner is ctx, inner.prec, D(1) / 7)
print(D(1) / 7)

# signals: the classes, their bases, and what a trapped one carries
for cls in [decimal.DecimalException, decimal.Clamped, InvalidOperation, decimal.ConversionSyntax, decimal.DivisionImpossible,
            decimal.DivisionUndefined, decimal.InvalidContext, DivisionByZero, Inexact, Rounded, decimal.Subnormal, Overflow,
            decimal.Underflow, FloatOperation]:
    print(cls, [b.__name__ for b in cls.__mro__[1:]])
for f in [lambda: D('abc'), lambda: D(1) / 0, lambda: D(0) / 0, lambda: D('9E+999999') * 10, lambda: D(10) // D('1E-30'),
          lambda: D(1) % 0, lambda: divmod(D(1), 0), lambda: D('inf') - D('inf'), lambda: D(0) ** 0]:
    try:
        f()
    except ArithmeticError as e:
        print(type(e).__name__, e.args, str(e), isinstance(e, ZeroDivisionError), isinstance(e, InvalidOperation))

# copying (pickle uses __reduce__), json, numbers, statistics
import json
import numbers
values = [D('1.50'), D('-0'), D('NaN12'), D('-Infinity'), D('1E+999')]
print(copy.copy(values[0]) is values[0], copy.deepcopy(values), values[0].__reduce__())
print(show(lambda: json.dumps(D('1.5'))).startswith('TypeError: Object of type '), json.dumps(D('1.5'), default=str), json.loads('1.10', parse_float=D))
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(D(1), numbers.Rational), issubclass(D, numbers.Number))


class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self


m = Money('1.25')
print(m, repr(m), type(m + 1) is D, type(-m) is D, repr(Money.from_float(0.5)), type(copy.copy(m)) is Money,
      isinstance(m, D), Money(m) == m, repr(D(m)), type(D(m)) is D)
print(D.__module__, Context.__module__, D.__qualname__, D, Context)
