# decimal: a traceback through decimal shows no frame of it, as CPython's decimal is C
import decimal
from decimal import Decimal, localcontext
tests = [lambda: Decimal("1415.50").quantize(Decimal("0.01"), context=decimal.Context(prec=5)),
         lambda: Decimal(1) / Decimal(0), lambda: Decimal("abc"), lambda: Decimal(1).sqrt(decimal.Context(traps=[decimal.Inexact])),
         lambda: decimal.getcontext().power(Decimal(0), Decimal(-1)), lambda: Decimal("1e999999") * 10,
         lambda: int(Decimal("nan")), lambda: Decimal(1) < "x", lambda: Decimal([1]), lambda: round(Decimal("inf")),
         lambda: Decimal(1).to_integral_exact(context=decimal.Context(traps=[decimal.Inexact])) / 0,
         lambda: format(Decimal(1), "Q"), lambda: decimal.Context(prec=-1), lambda: decimal.getcontext().divide(1, 0)]
import traceback
for t in tests:
    try:
        t()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(len(lines), lines[-1])
        print([line for line in lines if line.startswith("  File") and __file__ not in line])
with localcontext() as c:
    c.traps[decimal.Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except decimal.Inexact as e:
        print(len(traceback.format_tb(e.__traceback__)), repr(e))
Decimal("1415.50").quantize(Decimal("0.01"), context=decimal.Context(prec=5))
