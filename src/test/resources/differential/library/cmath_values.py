# cmath: every function on finite values, on the special values of C99 Annex G (infinities, NaNs,
# signed zeros: branch cuts), large and tiny arguments, errors, constants, isclose
import cmath, math

inf, nan = math.inf, math.nan
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan]
names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]

def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)

for name in names:
    f = getattr(cmath, name)
    print(name, [show(f, complex(x, y)) for x in parts for y in parts])

extremes = [complex(1e308, 1e308), complex(-1e308, 2), complex(1e-310, -1e-310), complex(5e-324, 0),
            complex(1, 1e-300), complex(-1, -0.0), complex(1, 0.0), complex(710, 1), complex(-710, 1),
            complex(0.0, 710), complex(0.8, 0.9), complex(3e200, -4e200)]
for name in names:
    print(name, [show(getattr(cmath, name), z) for z in extremes])

print([show(cmath.rect, r, phi) for r in parts for phi in parts])
print(show(cmath.rect, 1e308, 0.5), show(cmath.rect, 2, 1))
print(show(cmath.log, 8, 2), show(cmath.log, 1j, 1 + 1j), show(cmath.log, 2, 1), show(cmath.log, 1, 0), show(cmath.log, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1), cmath.sqrt(True), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
print(cmath.sqrt(C()), cmath.polar(C()), cmath.exp(F()))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan))
for bad in [lambda: cmath.sqrt(1, 2), lambda: cmath.rect(1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
            lambda: cmath.phase(), lambda: cmath.sqrt("a"), lambda: cmath.isclose(1),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000)]:
    print(show(bad))
