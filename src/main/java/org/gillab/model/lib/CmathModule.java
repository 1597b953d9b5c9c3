package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Libm;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyComplex;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * The cmath module (Modules/cmathmodule.c) for CPython 3.11. Finite arguments use the formulas after
 * Kahan's "Branch cuts for complex elementary functions" that CPython uses, scaled where a square or
 * exponential would overflow. An argument with an infinite or NaN part gets C99 Annex G's special
 * value, written below as one 7x7 table per function (rows: the real part is -inf, negative, -0, +0,
 * positive, +inf, nan; columns: the same for the imaginary part) as python3 gives them: "E" is a
 * ValueError, "C" a value computed from the finite part. asin, atan, sin, cos and tan are asinh,
 * atanh, sinh, cosh and tanh of iz, turned back, as their special values agree with that. Errors:
 * "math domain error" (ValueError), "math range error" (OverflowError) when a finite argument overflows.
 */
final class CmathModule {
    private CmathModule() {}

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;

    /** A function of a complex argument; null where the function's special-value table has no entry. */
    private interface Fn {
        double[] apply(double x, double y);
    }

    private static final Fn EXP = special("""
            0,0 C 0,-0 0,0 C 0,0 0,0
            E . . . . E n,n
            E . . . . E n,n
            E . . . . E n,n
            E . . . . E n,n
            E C i,-0 i,0 C E i,n
            n,n n,n n,-0 n,0 n,n n,n n,n""", (x, y) -> Double.isInfinite(x)
                    ? new double[] {(x > 0 ? x : 0.0) * Libm.cos(y), (x > 0 ? x : 0.0) * Libm.sin(y)} : exp(x, y));
    private static final Fn LOG = special("""
            i,-t i,-p i,-p i,p i,p i,t i,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-q i,-0 i,-0 i,0 i,0 i,q i,n
            i,n n,n n,n n,n n,n i,n n,n""", CmathModule::log);
    private static final Fn SQRT = special("""
            i,-i 0,-i 0,-i 0,i 0,i i,i n,i
            i,-i . . . . i,i n,n
            i,-i . . . . i,i n,n
            i,-i . . . . i,i n,n
            i,-i . . . . i,i n,n
            i,-i i,-0 i,-0 i,0 i,0 i,i i,n
            i,-i n,n n,n n,n n,n i,i n,n""", CmathModule::sqrt);
    private static final Fn ACOS = special("""
            t,i p,i p,i p,-i p,-i t,-i n,i
            h,i . . . . h,-i n,n
            h,i . . . . h,-i h,n
            h,i . . . . h,-i h,n
            h,i . . . . h,-i n,n
            q,i 0,i 0,i 0,-i 0,-i q,-i n,i
            n,i n,n n,n n,n n,n n,-i n,n""", CmathModule::acos);
    private static final Fn ACOSH = special("""
            i,-t i,-p i,-p i,p i,p i,t i,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-q i,-0 i,-0 i,0 i,0 i,q i,n
            i,n n,n n,n n,n n,n i,n n,n""", CmathModule::acosh);
    private static final Fn ASINH = special("""
            -i,-q -i,-0 -i,-0 -i,0 -i,0 -i,q -i,n
            -i,-h . . . . -i,h n,n
            -i,-h . . . . -i,h n,n
            i,-h . . . . i,h n,n
            i,-h . . . . i,h n,n
            i,-q i,-0 i,-0 i,0 i,0 i,q i,n
            i,n n,n n,-0 n,0 n,n i,n n,n""", CmathModule::asinh);
    private static final Fn ATANH = special("""
            -0,-h -0,-h -0,-h -0,h -0,h -0,h -0,n
            -0,-h . . . . -0,h n,n
            -0,-h . . . . -0,h -0,n
            0,-h . . . . 0,h 0,n
            0,-h . . . . 0,h n,n
            0,-h 0,-h 0,-h 0,h 0,h 0,h 0,n
            0,-h n,n n,n n,n n,n 0,h n,n""", CmathModule::atanh);
    private static final Fn COSH = special("""
            E C i,0 i,-0 C E i,n
            E . . . . E n,n
            E . . . . E n,0
            E . . . . E n,0
            E . . . . E n,n
            E C i,-0 i,0 C E i,n
            n,n n,n n,0 n,0 n,n n,n n,n""", (x, y) -> Double.isInfinite(x)
                    ? new double[] {Double.POSITIVE_INFINITY * Libm.cos(y), x * Libm.sin(y)} : cosh(x, y));
    private static final Fn SINH = special("""
            E C -i,-0 -i,0 C E i,n
            E . . . . E n,n
            E . . . . E 0,n
            E . . . . E 0,n
            E . . . . E n,n
            E C i,-0 i,0 C E i,n
            n,n n,n n,-0 n,0 n,n n,n n,n""", (x, y) -> Double.isInfinite(x)
                    ? new double[] {x * Libm.cos(y), Double.POSITIVE_INFINITY * Libm.sin(y)} : sinh(x, y));
    private static final Fn TANH = special("""
            -1,0 C -1,-0 -1,0 C -1,0 -1,0
            E . . . . E n,n
            E . . . . E n,n
            E . . . . E n,n
            E . . . . E n,n
            1,0 C 1,-0 1,0 C 1,0 1,0
            n,n n,n n,-0 n,0 n,n n,n n,n""", (x, y) -> Double.isInfinite(x)
                    ? new double[] {Math.copySign(1.0, x), Math.copySign(0.0, Libm.sin(y) * Libm.cos(y))} : tanh(x, y));
    /** rect(r, phi): rows are r's classes, columns phi's. */
    private static final Fn RECT = special("""
            E C -i,0 -i,-0 C E i,n
            E . . . . E n,n
            0,0 . . . . 0,0 0,0
            0,0 . . . . 0,0 0,0
            E . . . . E n,n
            E C i,-0 i,0 C E i,n
            n,n n,n n,0 n,0 n,n n,n n,n""", (r, phi) -> phi == 0 ? new double[] {r, r * phi}
                    : new double[] {r * Libm.cos(phi), r * Libm.sin(phi)});

    static PyModule create() {
        PyModule m = new PyModule("cmath", true)
                .add("pi", PyFloat.constant(Math.PI))
                .add("e", PyFloat.constant(Math.E))
                .add("tau", PyFloat.constant(2 * Math.PI))
                .add("inf", PyFloat.constant(Double.POSITIVE_INFINITY))
                .add("nan", PyFloat.constant(Double.NaN))
                .add("infj", PyComplex.constant(0.0, Double.POSITIVE_INFINITY))
                .add("nanj", PyComplex.constant(0.0, Double.NaN));
        function(m, "exp", EXP);
        function(m, "sqrt", SQRT);
        function(m, "acos", ACOS);
        function(m, "acosh", ACOSH);
        function(m, "asinh", ASINH);
        function(m, "atanh", ATANH);
        function(m, "cosh", COSH);
        function(m, "sinh", SINH);
        function(m, "tanh", TANH);
        function(m, "asin", rotated(ASINH));
        function(m, "atan", rotated(ATANH));
        function(m, "sin", rotated(SINH));
        function(m, "tan", rotated(TANH));
        function(m, "cos", (x, y) -> COSH.apply(-y, x));
        function(m, "log10", (x, y) -> {
            double[] r = LOG.apply(x, y);
            return r == null ? null : like(r, r[0] / LN10, r[1] / LN10);
        });
        return m.function("log", CmathModule::logWithBase)
                .function("phase", args -> new PyFloat(args.thread(), phase(complexArg(args, "phase"))))
                .function("polar", args -> {
                    double[] z = complexArg(args, "polar");
                    ThreadState ts = args.thread();
                    return new PyTuple(ts, new PyObject[] {new PyFloat(ts, modulus(z[0], z[1])), new PyFloat(ts, phase(z))});
                })
                .function("rect", args -> {
                    args.checkPositional("rect", "cmath.rect", 2, 2);
                    double r = MathModule.toDouble(args.thread(), args.get(0));
                    double phi = MathModule.toDouble(args.thread(), args.get(1));
                    return complex(args.thread(), RECT.apply(r, phi), Double.isFinite(r) && Double.isFinite(phi));
                })
                .function("isfinite", args -> {
                    double[] z = complexArg(args, "isfinite");
                    return PyBool.of(Double.isFinite(z[0]) && Double.isFinite(z[1]));
                })
                .function("isinf", args -> {
                    double[] z = complexArg(args, "isinf");
                    return PyBool.of(Double.isInfinite(z[0]) || Double.isInfinite(z[1]));
                })
                .function("isnan", args -> {
                    double[] z = complexArg(args, "isnan");
                    return PyBool.of(Double.isNaN(z[0]) || Double.isNaN(z[1]));
                })
                .function("isclose", CmathModule::isclose);
    }

    private static void function(PyModule m, String name, Fn fn) {
        m.function(name, args -> {
            double[] z = complexArg(args, name);
            return complex(args.thread(), fn.apply(z[0], z[1]), Double.isFinite(z[0]) && Double.isFinite(z[1]));
        });
    }

    /** f(z) = -i g(iz): asin from asinh, atan from atanh, sin from sinh, tan from tanh. */
    private static Fn rotated(Fn g) {
        return (x, y) -> {
            double[] r = g.apply(-y, x);
            return r == null ? null : like(r, r[1], -r[0]);
        };
    }

    /**
     * The complex result {@code r}: a null is a special value that raises ValueError; from a finite
     * argument, an infinity is a range error (a singular one a domain error), a NaN a domain error.
     */
    private static PyObject complex(ThreadState ts, double[] r, boolean finiteArgument) {
        check(r, finiteArgument);
        return new PyComplex(ts, r[0], r[1]);
    }

    private static void check(double[] r, boolean finiteArgument) {
        if (r == null) {
            throw PyErrors.valueError("math domain error");
        }
        if (finiteArgument) {
            if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
                throw r.length > 2 ? PyErrors.valueError("math domain error") : PyErrors.overflowError("math range error");
            }
            if (Double.isNaN(r[0]) || Double.isNaN(r[1])) {
                throw PyErrors.valueError("math domain error");
            }
        }
    }

    /** A singular result (log(0), atanh(1)): infinite, but a domain error, as CPython's EDOM. */
    private static double[] singular(double x, double y) {
        return new double[] {x, y, 0};
    }

    /** The value (x, y), singular if {@code r} is. */
    private static double[] like(double[] r, double x, double y) {
        return r.length > 2 ? singular(x, y) : new double[] {x, y};
    }

    /** The argument as a complex: a complex, an object with __complex__, or a real number. */
    private static double[] complexArg(Args args, String name) {
        return toComplex(args.thread(), args.oneArg("cmath." + name));
    }

    private static double[] toComplex(ThreadState ts, PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        PyObject c = Slots.callOptional(ts, o, "__complex__");
        if (c != null) {
            try {
                if (!(c instanceof PyComplex value)) {
                    throw PyErrors.typeError("__complex__ returned non-complex (type " + c.type().name() + ")");
                }
                return new double[] {value.real, value.imag};
            } finally {
                ts.decref(c);
            }
        }
        return new double[] {MathModule.toDouble(ts, o), 0.0};
    }

    // ---- special values ----

    /** {@code finite} where both parts are finite or the table says C; the table's value elsewhere. */
    private static Fn special(String table, Fn finite) {
        String[][] cells = table.lines().map(line -> line.trim().split(" ")).toArray(String[][]::new);
        return (x, y) -> {
            if (Double.isFinite(x) && Double.isFinite(y)) {
                return finite.apply(x, y);
            }
            String cell = cells[kind(x)][kind(y)];
            if (cell.equals("C")) {
                return finite.apply(x, y);
            }
            if (cell.equals("E")) {
                return null;
            }
            int comma = cell.indexOf(',');
            return new double[] {value(cell.substring(0, comma)), value(cell.substring(comma + 1))};
        };
    }

    /** The table row or column of a part: -inf, negative, -0, +0, positive, +inf, nan. */
    private static int kind(double v) {
        if (Double.isNaN(v)) {
            return 6;
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? 0 : 5;
        }
        if (v == 0) {
            return 1 / v < 0 ? 2 : 3;
        }
        return v < 0 ? 1 : 4;
    }

    private static double value(String token) {
        boolean negative = token.startsWith("-");
        double v = switch (negative ? token.substring(1) : token) {
            case "i" -> Double.POSITIVE_INFINITY;
            case "n" -> Double.NaN;
            case "p" -> Math.PI;
            case "h" -> Math.PI / 2;
            case "q" -> Math.PI / 4;
            case "t" -> 0.75 * Math.PI;
            case "1" -> 1.0;
            default -> 0.0;
        };
        return negative ? -v : v;
    }

    // ---- finite arguments ----

    private static double[] exp(double x, double y) {
        if (x > LOG_LARGE) {
            double l = Libm.exp(x - 1);
            return new double[] {l * Libm.cos(y) * Math.E, l * Libm.sin(y) * Math.E};
        }
        double l = Libm.exp(x);
        return new double[] {l * Libm.cos(y), l * Libm.sin(y)};
    }

    private static double[] log(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Libm.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                return singular(Double.NEGATIVE_INFINITY, Libm.atan2(y, x));
            }
            re = Libm.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double big = Math.max(ax, ay);
                double small = Math.min(ax, ay);
                re = Libm.log1p((big - 1) * (big + 1) + small * small) / 2;
            } else {
                re = Libm.log(h);
            }
        }
        return new double[] {re, Libm.atan2(y, x)};
    }

    private static double[] sqrt(double x, double y) {
        if (x == 0 && y == 0) {
            return new double[] {0.0, y};
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // tiny: scaled up by 2**53 and the root back down by 2**-27 (53 = 2 * 26 + 1)
            double scaled = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(scaled + Math.hypot(scaled, Math.scalb(ay, 53))), -27);
        } else {
            s = 2.0 * Math.sqrt(ax / 8 + Math.hypot(ax / 8, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? new double[] {s, Math.copySign(d, y)} : new double[] {d, Math.copySign(s, y)};
    }

    private static double[] acos(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = Libm.atan2(Math.abs(y), x);
            double im = Libm.log(Math.hypot(x / 2, y / 2)) + 2 * LN2;
            return new double[] {re, x < 0 ? -Math.copySign(im, y) : Math.copySign(im, -y)};
        }
        double[] s1 = sqrt(1 - x, -y);
        double[] s2 = sqrt(1 + x, y);
        return new double[] {2 * Libm.atan2(s1[0], s2[0]), Libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])};
    }

    private static double[] acosh(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new double[] {Libm.log(Math.hypot(x / 2, y / 2)) + 2 * LN2, Libm.atan2(y, x)};
        }
        double[] s1 = sqrt(x - 1, y);
        double[] s2 = sqrt(x + 1, y);
        return new double[] {Libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Libm.atan2(s1[1], s2[0])};
    }

    private static double[] asinh(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = Libm.log(Math.hypot(x / 2, y / 2)) + 2 * LN2;
            return new double[] {y >= 0 ? Math.copySign(re, x) : -Math.copySign(re, -x), Libm.atan2(y, Math.abs(x))};
        }
        double[] s1 = sqrt(1 + y, -x);
        double[] s2 = sqrt(1 - y, x);
        return new double[] {Libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Libm.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])};
    }

    private static double[] atanh(double x, double y) {
        if (x < 0) {
            double[] r = atanh(-x, -y);
            return like(r, -r[0], -r[1]);
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(x / 2, y / 2);
            return new double[] {x / 4 / h / h, -Math.copySign(Math.PI / 2, -y)};
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) {
                return singular(Double.POSITIVE_INFINITY, y);
            }
            return new double[] {-Libm.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))),
                    Math.copySign(Libm.atan2(2, -ay) / 2, y)};
        }
        return new double[] {Libm.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                -Libm.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2};
    }

    private static double[] cosh(double x, double y) {
        if (Math.abs(x) > LOG_LARGE) {
            double shifted = x - Math.copySign(1.0, x);
            return new double[] {Libm.cos(y) * Libm.cosh(shifted) * Math.E, Libm.sin(y) * Libm.sinh(shifted) * Math.E};
        }
        return new double[] {Libm.cos(y) * Libm.cosh(x), Libm.sin(y) * Libm.sinh(x)};
    }

    private static double[] sinh(double x, double y) {
        if (Math.abs(x) > LOG_LARGE) {
            double shifted = x - Math.copySign(1.0, x);
            return new double[] {Libm.cos(y) * Libm.sinh(shifted) * Math.E, Libm.sin(y) * Libm.cosh(shifted) * Math.E};
        }
        return new double[] {Libm.cos(y) * Libm.sinh(x), Libm.sin(y) * Libm.cosh(x)};
    }

    private static double[] tanh(double x, double y) {
        if (Math.abs(x) > LOG_LARGE) {
            return new double[] {Math.copySign(1.0, x), 4 * Libm.sin(y) * Libm.cos(y) * Libm.exp(-2 * Math.abs(x))};
        }
        double tx = Libm.tanh(x);
        double ty = Libm.tan(y);
        double cx = 1 / Libm.cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new double[] {tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx};
    }

    // ---- log with a base, phase, polar, isclose ----

    /** log(z[, base]): log(z) / log(base), divided as complex division divides. */
    private static PyObject logWithBase(Args args) {
        ThreadState ts = args.thread();
        args.checkPositional("log", "cmath.log", 1, 2);
        double[] z = toComplex(ts, args.get(0));
        boolean finite = Double.isFinite(z[0]) && Double.isFinite(z[1]);
        double[] r = LOG.apply(z[0], z[1]);
        if (args.size() > 1) {
            double[] b = toComplex(ts, args.get(1));
            double[] lb = LOG.apply(b[0], b[1]);
            if (r == null || lb == null) {
                throw PyErrors.valueError("math domain error");
            }
            finite = finite && Double.isFinite(b[0]) && Double.isFinite(b[1]);
            check(lb, finite);
            r = quotient(r, lb);
        }
        return complex(ts, r, finite);
    }

    /** Complex division as CPython's _Py_c_quot does it, scaled by the larger part of the divisor; null dividing by 0. */
    private static double[] quotient(double[] a, double[] b) {
        double absReal = Math.abs(b[0]);
        double absImag = Math.abs(b[1]);
        if (absReal >= absImag) {
            if (absReal == 0) {
                return null; // log(base) is 0: CPython's division sets EDOM
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (absImag >= absReal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double phase(double[] z) {
        return Libm.atan2(z[1], z[0]);
    }

    /** abs(z) for polar: an infinite part gives inf even beside a NaN; overflow from finite parts is a range error. */
    private static double modulus(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(x, y);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("absolute value too large");
        }
        return r;
    }

    private static PyObject isclose(Args args) {
        ThreadState ts = args.thread();
        PyObject[] a = args.bind("isclose", 2, 2, "a", "b", "rel_tol", "abs_tol");
        double[] x = toComplex(ts, a[0]);
        double[] y = toComplex(ts, a[1]);
        double relTol = a[2] == null ? 1e-09 : MathModule.toDouble(ts, a[2]);
        double absTol = a[3] == null ? 0.0 : MathModule.toDouble(ts, a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (x[0] == y[0] && x[1] == y[1]) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x[0]) || Double.isInfinite(x[1]) || Double.isInfinite(y[0]) || Double.isInfinite(y[1])) {
            return PyBool.FALSE;
        }
        double diff = Math.hypot(x[0] - y[0], x[1] - y[1]);
        return PyBool.of(diff <= relTol * Math.hypot(y[0], y[1]) || diff <= relTol * Math.hypot(x[0], x[1]) || diff <= absTol);
    }
}
