# decimal: every arithmetic operation over a table of tricky values, in contexts with each rounding,
# small exponent limits (subnormals, overflow, clamping); results, flags and trapped signals printed
import operator
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, Inexact,
                     Rounded, Clamped, Underflow, Overflow, Subnormal, InvalidOperation, DivisionByZero)

VALUES = ['0', '-0', '1', '-1', '2.5', '-3.5', '0.1', '7', '1.000', '123456789', '9.99999999E+9', '1E-5',
          '12345.6789', '-0.00', '1E+10', 'Infinity', '-Infinity', 'NaN', '-NaN7', 'sNaN3', '0.5', '3']
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]
FLAG_NAMES = ['InvalidOperation', 'FloatOperation', 'DivisionByZero', 'Overflow', 'Underflow',
              'Subnormal', 'Inexact', 'Rounded', 'Clamped']


def run(f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        result = f()
    except Exception as e:
        return '%s%s' % (type(e).__name__, [c.__name__ for c in e.args[0]] if e.args and isinstance(e.args[0], list) else e.args)
    flags = ''.join(name[:3] for name, sig in zip(FLAG_NAMES, ctx.flags) if ctx.flags[sig])
    return '%s%s' % (result, '/' + flags if flags else '')


binary = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
          divmod, operator.pow]
named = ['compare', 'compare_signal', 'compare_total', 'max', 'min', 'max_mag', 'min_mag', 'remainder_near',
         'copy_sign', 'same_quantum', 'next_toward', 'quantize']
with localcontext(prec=9, traps=[]):
    for a in VALUES:
        for b in VALUES:
            x, y = Decimal(a), Decimal(b)
            if y.is_finite() and y.adjusted() > 3 and x.is_finite() and x.adjusted() > 3:
                continue
            row = [run(lambda: op(x, y)) for op in binary]
            row += [run(lambda: getattr(x, name)(y)) for name in named]
            print(a, b, ' '.join(row))

# each rounding over values that sit on, near and between halves
for rounding in ROUNDINGS:
    with localcontext(prec=3, rounding=rounding, traps=[]):
        cells = []
        for text in ['1.234', '1.235', '1.2350', '1.2351', '1.245', '-1.235', '-1.245', '9.995', '-9.995',
                     '1.230', '1.2300001', '1.205', '1.255', '999.5', '-0.0001234', '1.6E+2']:
            d = Decimal(text)
            cells.append(run(lambda: +d))
            cells.append(run(lambda: d * 1))
            cells.append(run(lambda: d / 3))
            cells.append(run(lambda: d.quantize(Decimal('0.1'))))
            cells.append(run(lambda: d.to_integral_exact()))
            cells.append(run(lambda: round(d, 1)))
        print(rounding, ' '.join(cells))

# exponent limits: subnormal results, underflow to zero, overflow to Infinity or the largest number
for rounding in ROUNDINGS:
    for clamp in (0, 1):
        with localcontext(Context(prec=4, rounding=rounding, Emin=-5, Emax=5, clamp=clamp, traps=[])):
            cells = []
            for text in ['1E-5', '1.234E-6', '9.999E-6', '1E-9', '5E-9', '9.9996E+5', '1E+6', '-1E+6',
                         '1.2E+3', '1E+5', '0E+9', '0E-12', '12E+4']:
                d = Decimal(text)
                cells.append(run(lambda: +d))
                cells.append(run(lambda: d * 10))
                cells.append(run(lambda: d / 10))
                cells.append(run(lambda: d.next_plus()))
                cells.append(run(lambda: d.next_minus()))
                cells.append(run(lambda: d.normalize()))
            print(rounding, clamp, ' '.join(cells))

# traps: the first trapped signal is raised with the list of the trapped conditions
for traps in [[Inexact], [Rounded, Inexact], [Overflow], [Underflow, Subnormal], [Clamped], [DivisionByZero]]:
    with localcontext(prec=4, Emin=-5, Emax=5, clamp=1, traps=traps):
        print([t.__name__ for t in traps], [run(lambda: f()) for f in [
            lambda: Decimal(1) / 3, lambda: Decimal('1E+5') * 100, lambda: Decimal('1E-5') / 1000,
            lambda: Decimal(1) / 0, lambda: +Decimal('1E+3'), lambda: Decimal('1E-5') / 10,
            lambda: divmod(Decimal(1), 0), lambda: Decimal(0) / 0, lambda: Decimal('1E+5') // Decimal('1E-5')]])

# integer powers, negative powers, three-argument pow
with localcontext(prec=12, traps=[]):
    for a in ['2', '-2', '0', '-0', '1.5', '10', '0.1', '2.0', 'Infinity', '-Infinity', '7']:
        print(a, [run(lambda: Decimal(a) ** n) for n in [0, 1, 2, 3, -1, -2, 10, 41, -7]])
    print(pow(Decimal(2), 100, 97), pow(Decimal(-7), 3, 5), run(lambda: pow(Decimal(2), -1, 5)),
          run(lambda: pow(Decimal('2.5'), 2, 5)), run(lambda: pow(Decimal(2), 3, 0)))
print(Decimal(2) ** 200, Decimal('1.0001') ** 10000, run(lambda: Decimal(10) ** 1000000))
print(2 ** Decimal(10), 3 - Decimal('0.1'), 1 / Decimal(8), 7 // Decimal(2), 7 % Decimal(-2), divmod(-7, Decimal(2)))
print(-Decimal('-0'), +Decimal('-0'), abs(Decimal('-0.00')), -Decimal('1.20'), abs(Decimal('-Infinity')))
with localcontext(rounding=ROUND_FLOOR):
    print(-Decimal('0'), +Decimal('-0'), Decimal('1') - Decimal('1'), Decimal('-0') + Decimal('0'))
print(Decimal('1E+999999') + 0, Decimal('1E+999999') + 1, Decimal(1) - Decimal('1E-999990'),
      Decimal('0.1') + Decimal('1E-50'), Decimal('1E+50') - Decimal('1E-50'))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'), Decimal('12.00') / Decimal('4'),
      Decimal('1.00') / Decimal('0.5'), Decimal('2.40') / Decimal('1.2'), Decimal(100) / Decimal('1E+2'))
