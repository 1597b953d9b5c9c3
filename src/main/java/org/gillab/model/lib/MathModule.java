package org.gillab.model.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Libm;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * The math module (Modules/mathmodule.c), complete for CPython 3.11. The transcendental functions are
 * the platform libm's ({@link Libm}), as CPython's are; what CPython computes itself (gamma, lgamma,
 * hypot, dist, fsum, the integer functions, frexp/ldexp/modf, remainder, isclose) is computed here the
 * same way ({@link MathAlgorithms}), so results match CPython's to the last bit. Errors follow CPython's
 * rules: a NaN from a non-NaN argument is "math domain error" (ValueError), an infinity from a finite
 * argument is "math range error" (OverflowError) where the function can overflow, else a domain error.
 */
final class MathModule {
    private MathModule() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static PyModule create() {
        try {
            Libm.sin(0.0);
        } catch (LinkageError e) {
            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "the model's math module needs the C math library (libm), which JNA "
                    + "could not load on this platform: " + e.getMessage());
        }
        PyModule m = new PyModule("math", true)
                .add("pi", PyFloat.constant(Math.PI))
                .add("e", PyFloat.constant(Math.E))
                .add("tau", PyFloat.constant(2 * Math.PI))
                .add("inf", PyFloat.constant(Double.POSITIVE_INFINITY))
                .add("nan", PyFloat.constant(Double.NaN));
        // libm, through math_1: may the function overflow (OverflowError), or is an infinity a singularity?
        real(m, "acos", Libm::acos, false);
        real(m, "acosh", Libm::acosh, false);
        real(m, "asin", Libm::asin, false);
        real(m, "asinh", Libm::asinh, false);
        real(m, "atan", Libm::atan, false);
        real(m, "atanh", Libm::atanh, false);
        real(m, "cbrt", Libm::cbrt, false);
        real(m, "cos", Libm::cos, false);
        real(m, "cosh", Libm::cosh, true);
        real(m, "exp", Libm::exp, true);
        real(m, "exp2", Libm::exp2, true);
        real(m, "expm1", Libm::expm1, true);
        real(m, "fabs", Math::abs, false);
        real(m, "log1p", Libm::log1p, false);
        real(m, "sin", Libm::sin, false);
        real(m, "sinh", Libm::sinh, true);
        real(m, "sqrt", Math::sqrt, false);
        real(m, "tan", Libm::tan, false);
        real(m, "tanh", Libm::tanh, false);
        real(m, "erf", Libm::erf, false);
        real(m, "erfc", Libm::erfc, false);
        real2(m, "atan2", Libm::atan2);
        real2(m, "copysign", Math::copySign);
        real2(m, "remainder", MathModule::remainder);
        signalled(m, "gamma", MathAlgorithms::gamma);
        signalled(m, "lgamma", MathAlgorithms::lgamma);
        predicate(m, "isfinite", Double::isFinite);
        predicate(m, "isinf", Double::isInfinite);
        predicate(m, "isnan", Double::isNaN);
        plain(m, "degrees", x -> x * (180.0 / Math.PI));
        plain(m, "radians", x -> x * (Math.PI / 180.0));
        plain(m, "ulp", MathModule::ulp);
        return m
                .function("pow", args -> {
                    double[] xy = twoReals(args, "pow");
                    return new PyFloat(args.thread(), pow(xy[0], xy[1]));
                })
                .function("fmod", args -> {
                    double[] xy = twoReals(args, "fmod");
                    return new PyFloat(args.thread(), fmod(xy[0], xy[1]));
                })
                .function("nextafter", args -> {
                    double[] xy = twoReals(args, "nextafter");
                    return new PyFloat(args.thread(), Math.nextAfter(xy[0], xy[1]));
                })
                .function("log", MathModule::log)
                .function("log2", args -> new PyFloat(args.thread(), logOf(args.thread(), args.oneArg("math.log2"), Libm::log2)))
                .function("log10", args -> new PyFloat(args.thread(), logOf(args.thread(), args.oneArg("math.log10"), Libm::log10)))
                .function("floor", args -> rounded(args.thread(), args.oneArg("math.floor"), "__floor__", Math::floor))
                .function("ceil", args -> rounded(args.thread(), args.oneArg("math.ceil"), "__ceil__", Math::ceil))
                .function("trunc", args -> trunc(args.thread(), args.oneArg("math.trunc")))
                .function("frexp", MathModule::frexp)
                .function("ldexp", MathModule::ldexp)
                .function("modf", MathModule::modf)
                .function("fsum", MathModule::fsum)
                .function("prod", MathModule::prod)
                .function("hypot", MathModule::hypot)
                .function("dist", MathModule::dist)
                .function("isclose", MathModule::isclose)
                .function("factorial", args -> PyInt.of(args.thread(), factorial(args.thread(), args.oneArg("math.factorial"))))
                .function("isqrt", args -> {
                    PyObject arg = args.oneArg("math.isqrt");
                    if (arg instanceof PyInt small && small.big == null && small.value >= 0) {
                        return PyInt.of(args.thread(), isqrt(small.value));
                    }
                    BigInteger n = index(args.thread(), arg);
                    if (n.signum() < 0) {
                        throw PyErrors.valueError("isqrt() argument must be nonnegative");
                    }
                    return PyInt.of(args.thread(), n.sqrt());
                })
                .function("gcd", args -> gcdOrLcm(args, "math.gcd", true))
                .function("lcm", args -> gcdOrLcm(args, "math.lcm", false))
                .function("perm", MathModule::perm)
                .function("comb", MathModule::comb);
    }

    // ---- arguments ----

    /** PyFloat_AsDouble: a float, an int (rounded; OverflowError when too large), or __float__ / __index__. */
    static double toDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = Numbers.asInt(o);
        if (i != null) {
            return i.toDouble();
        }
        PyObject f = Slots.callOptional(ts, o, "__float__");
        if (f != null) {
            try {
                if (!(f instanceof PyFloat value)) {
                    throw PyErrors.typeError(o.type().name() + ".__float__ returned non-float (type " + f.type().name() + ")");
                }
                return value.value;
            } finally {
                ts.decref(f);
            }
        }
        PyObject index = Slots.callOptional(ts, o, "__index__");
        if (index != null) {
            try {
                PyInt n = Numbers.asInt(index);
                if (n == null) {
                    throw PyErrors.typeError("__index__ returned non-int (type " + index.type().name() + ")");
                }
                return n.toDouble();
            } finally {
                ts.decref(index);
            }
        }
        throw PyErrors.typeError("must be real number, not " + o.type().name());
    }

    /** PyNumber_Index: an int, or what an object's __index__ gives. */
    /**
     * isqrt of a non-negative long without BigInteger (a prime sieve calls it once per number): the
     * double's root, corrected by at most one either way where the double rounded.
     */
    private static long isqrt(long n) {
        long r = (long) Math.sqrt((double) n);
        while (r > 0 && (r > 3_037_000_499L || r * r > n)) {
            r--;
        }
        while (r + 1 <= 3_037_000_499L && (r + 1) * (r + 1) <= n) {
            r++;
        }
        return r;
    }

    private static BigInteger index(ThreadState ts, PyObject o) {
        PyInt i = Numbers.asInt(o);
        if (i != null) {
            return i.toBig();
        }
        PyObject r = Slots.callOptional(ts, o, "__index__");
        if (r == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        try {
            PyInt n = Numbers.asInt(r);
            if (n == null) {
                throw PyErrors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
            }
            return n.toBig();
        } finally {
            ts.decref(r);
        }
    }

    private static double[] twoReals(Args args, String name) {
        args.checkPositional(name, "math." + name, 2, 2);
        ThreadState ts = args.thread();
        return new double[] {toDouble(ts, args.get(0)), toDouble(ts, args.get(1))};
    }

    private static RuntimeException domainError() {
        return PyErrors.valueError("math domain error");
    }

    private static RuntimeException rangeError() {
        return PyErrors.overflowError("math range error");
    }

    // ---- the function families ----

    /** math_1: f(x) of one real, a NaN from a non-NaN a domain error, an infinity from a finite x a range or domain error. */
    private static void real(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.function(name, args -> {
            double x = toDouble(args.thread(), args.oneArg("math." + name));
            return new PyFloat(args.thread(), checked(x, f.applyAsDouble(x), canOverflow));
        });
    }

    private static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** math_2: f(x, y), a NaN from non-NaNs a domain error, an infinity from finite arguments a range error. */
    private static void real2(PyModule m, String name, DoubleBinaryOperator f) {
        m.function(name, args -> {
            double[] xy = twoReals(args, name);
            double r = f.applyAsDouble(xy[0], xy[1]);
            if (Double.isNaN(r) && !Double.isNaN(xy[0]) && !Double.isNaN(xy[1])) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
                throw rangeError();
            }
            return new PyFloat(args.thread(), r);
        });
    }

    /** math_1a: the function says itself whether it met a domain or a range error (errno). */
    private static void signalled(PyModule m, String name, DoubleFunction<MathAlgorithms.Signalled> f) {
        m.function(name, args -> {
            MathAlgorithms.Signalled r = f.apply(toDouble(args.thread(), args.oneArg("math." + name)));
            switch (r.signal()) {
                case DOMAIN -> throw domainError();
                case RANGE -> {
                    if (Math.abs(r.value()) >= 1.5) { // an underflow to zero is no error
                        throw rangeError();
                    }
                }
                default -> { }
            }
            return new PyFloat(args.thread(), r.value());
        });
    }

    private static void predicate(PyModule m, String name, DoublePredicate test) {
        m.function(name, args -> PyBool.of(test.test(toDouble(args.thread(), args.oneArg("math." + name)))));
    }

    private static void plain(PyModule m, String name, DoubleUnaryOperator f) {
        m.function(name, args -> new PyFloat(args.thread(), f.applyAsDouble(toDouble(args.thread(), args.oneArg("math." + name)))));
    }

    // ---- real functions with rules of their own ----

    /** math.pow: IEEE special values handled as C99 Annex F says, the rest by libm's pow. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                return y == 0.0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            return y > 0.0 && Math.abs(x) > 1.0 || y < 0.0 && Math.abs(x) < 1.0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) { // a negative number to a non-integer power
            throw domainError();
        }
        if (Double.isInfinite(r)) { // 0 to a negative power, or an overflow
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    /** math.fmod: C's fmod, which Java's % on doubles is exactly. */
    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    /** IEEE 754 remainder (exact); NaN for a zero y or an infinite x, which math_2 turns into a domain error. */
    private static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            return y == 0.0 ? Double.NaN : Math.IEEEremainder(x, y);
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) ? x : y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (Double.isInfinite(a)) {
            return a;
        }
        double next = Math.nextUp(a);
        return Double.isInfinite(next) ? a - Math.nextDown(a) : next - a;
    }

    /** m_log, m_log2, m_log10: the special values handled directly, positive finite ones by libm. */
    private static double logSpecial(double x, DoubleUnaryOperator libm) {
        if (Double.isFinite(x)) {
            return x > 0.0 ? libm.applyAsDouble(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }

    /** loghelper: the logarithm of an int of any size (via its top bits and exponent), else of a real. */
    private static double logOf(ThreadState ts, PyObject arg, DoubleUnaryOperator libm) {
        PyInt i = Numbers.asInt(arg);
        if (i == null) {
            double x = toDouble(ts, arg);
            return checked(x, logSpecial(x, libm), false);
        }
        BigInteger n = i.toBig();
        if (n.signum() <= 0) {
            throw domainError();
        }
        double x = n.doubleValue();
        if (Double.isFinite(x)) {
            return logSpecial(x, libm);
        }
        double[] frexp = MathAlgorithms.frexp(n);
        return logSpecial(frexp[0], libm) + logSpecial(2.0, libm) * frexp[1];
    }

    /** log(x[, base]). */
    private static PyObject log(Args args) {
        args.noKeywords("log"); // METH_VARARGS: refused by its bare name
        if (args.size() < 1 || args.size() > 2) {
            throw PyErrors.typeError("math.log requires 1 to 2 arguments");
        }
        ThreadState ts = args.thread();
        double num = logOf(ts, args.get(0), Libm::log);
        if (args.size() == 1) {
            return new PyFloat(ts, num);
        }
        double den = logOf(ts, args.get(1), Libm::log);
        if (den == 0.0) {
            throw PyErrors.zeroDivisionError("float division by zero");
        }
        return new PyFloat(ts, num / den);
    }

    /** PyLong_FromDouble: the integer a finite float holds. */
    private static PyObject intOf(ThreadState ts, double x) {
        if (Double.isInfinite(x)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Double.isNaN(x)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        return PyInt.of(ts, new BigDecimal(x).toBigInteger());
    }

    /** floor / ceil: an int as it is, else the class's __floor__ / __ceil__, else the real rounded. */
    private static PyObject rounded(ThreadState ts, PyObject o, String special, DoubleUnaryOperator round) {
        if (!(o instanceof PyFloat)) {
            PyInt i = Numbers.asInt(o);
            if (i != null) {
                return PyInt.of(ts, i.toBig());
            }
            PyObject r = Slots.callOptional(ts, o, special);
            if (r != null) {
                return r;
            }
        }
        return intOf(ts, round.applyAsDouble(toDouble(ts, o)));
    }

    private static PyObject trunc(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) {
            return intOf(ts, f.value);
        }
        PyInt i = Numbers.asInt(o);
        if (i != null) {
            return PyInt.of(ts, i.toBig());
        }
        PyObject r = Slots.callOptional(ts, o, "__trunc__");
        if (r == null) {
            throw PyErrors.typeError("type " + o.type().name() + " doesn't define __trunc__ method");
        }
        return r;
    }

    private static PyObject frexp(Args args) {
        ThreadState ts = args.thread();
        double x = toDouble(ts, args.oneArg("math.frexp"));
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return owned(ts, new PyFloat(ts, x), PyInt.of(ts, 0));
        }
        PyObject m = new PyFloat(ts, MathAlgorithms.frexpMantissa(x));
        PyObject e = PyInt.of(ts, MathAlgorithms.frexpExponent(x));
        return owned(ts, m, e);
    }

    /** A tuple of two new references, which it takes over. */
    private static PyTuple owned(ThreadState ts, PyObject a, PyObject b) {
        return new PyTuple(ts, new PyObject[] {a, b});
    }

    private static PyObject ldexp(Args args) {
        args.checkPositional("ldexp", "math.ldexp", 2, 2);
        ThreadState ts = args.thread();
        double x = toDouble(ts, args.get(0));
        PyInt i = Numbers.asInt(args.get(1));
        if (i == null) {
            throw PyErrors.typeError("Expected an int as second argument to ldexp.");
        }
        BigInteger exp = i.toBig();
        double r;
        if (x == 0.0 || !Double.isFinite(x)) {
            r = x;
        } else if (exp.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw rangeError();
        } else if (exp.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            r = Math.copySign(0.0, x);
        } else {
            r = Math.scalb(x, exp.intValue());
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
        }
        return new PyFloat(ts, r);
    }

    private static PyObject modf(Args args) {
        ThreadState ts = args.thread();
        double x = toDouble(ts, args.oneArg("math.modf"));
        if (Double.isInfinite(x)) {
            return owned(ts, new PyFloat(ts, Math.copySign(0.0, x)), new PyFloat(ts, x));
        }
        if (Double.isNaN(x)) {
            return owned(ts, new PyFloat(ts, x), new PyFloat(ts, x));
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return owned(ts, new PyFloat(ts, Math.copySign(x - whole, x)), new PyFloat(ts, whole));
    }

    private static PyObject fsum(Args args) {
        ThreadState ts = args.thread();
        PyObject it = Ops.iter(ts, args.oneArg("math.fsum"));
        MathAlgorithms.ExactSum sum = new MathAlgorithms.ExactSum();
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                double x;
                try {
                    x = toDouble(ts, item);
                } finally {
                    ts.decref(item);
                }
                String overflow = sum.add(x);
                if (overflow != null) {
                    throw PyErrors.overflowError(overflow);
                }
            }
        } finally {
            ts.decref(it);
        }
        MathAlgorithms.Sum total = sum.total();
        if (total.invalid() != null) {
            throw PyErrors.valueError(total.invalid());
        }
        return new PyFloat(ts, total.value());
    }

    /** prod(iterable, /, *, start=1): start * each item in turn, with Python's * (ints stay exact). */
    private static PyObject prod(Args args) {
        ThreadState ts = args.thread();
        PyObject[] a = args.bindPositionalOnly("prod", 1, 1, 1, "iterable", "start");
        PyObject it = Ops.iter(ts, a[0]);
        PyObject result = a[1] == null ? PyInt.of(ts, 1) : ts.newRef(a[1]);
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                try {
                    PyObject product = Ops.binary(ts, BinaryOperator.MULTIPLY, result, item);
                    ts.decref(result);
                    result = product;
                } finally {
                    ts.decref(item);
                }
            }
        } catch (RuntimeException e) {
            ts.decref(result);
            throw e;
        } finally {
            ts.decref(it);
        }
        return result;
    }

    private static PyObject hypot(Args args) {
        args.noKeywords("math.hypot");
        ThreadState ts = args.thread();
        double[] v = new double[args.size()];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(toDouble(ts, args.get(i)));
            nan |= Double.isNaN(v[i]);
            max = Math.max(max, Double.isNaN(v[i]) ? max : v[i]);
        }
        return new PyFloat(ts, MathAlgorithms.vectorNorm(v, max, nan));
    }

    private static PyObject dist(Args args) {
        args.checkPositional("dist", "math.dist", 2, 2);
        ThreadState ts = args.thread();
        List<PyObject> p = Ops.toList(ts, args.get(0));
        List<PyObject> q = new ArrayList<>();
        try {
            q = Ops.toList(ts, args.get(1));
            if (p.size() != q.size()) {
                throw PyErrors.valueError("both points must have the same number of dimensions");
            }
            double[] diffs = new double[p.size()];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < diffs.length; i++) {
                double px = toDouble(ts, p.get(i));
                double qx = toDouble(ts, q.get(i));
                diffs[i] = Math.abs(px - qx);
                nan |= Double.isNaN(diffs[i]);
                max = Math.max(max, Double.isNaN(diffs[i]) ? max : diffs[i]);
            }
            return new PyFloat(ts, MathAlgorithms.vectorNorm(diffs, max, nan));
        } finally {
            p.forEach(ts::decref);
            q.forEach(ts::decref);
        }
    }

    private static PyObject isclose(Args args) {
        ThreadState ts = args.thread();
        PyObject[] a = args.bind("isclose", 2, 2, "a", "b", "rel_tol", "abs_tol");
        double x = toDouble(ts, a[0]);
        double y = toDouble(ts, a[1]);
        double relTol = a[2] == null ? 1e-09 : toDouble(ts, a[2]);
        double absTol = a[3] == null ? 0.0 : toDouble(ts, a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }

    // ---- integer functions (exact, so any correct algorithm gives CPython's results) ----

    private static BigInteger factorial(ThreadState ts, PyObject arg) {
        BigInteger n = index(ts, arg);
        if (n.signum() < 0) {
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        if (n.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return product(1, n.longValueExact());
    }

    /** lo * (lo+1) * ... * hi, split in halves so the multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger p = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                p = p.multiply(BigInteger.valueOf(i));
            }
            return p;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1) for an n of any size. */
    private static BigInteger fallingFactorial(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long half = k / 2;
        return fallingFactorial(n, half).multiply(fallingFactorial(n.subtract(BigInteger.valueOf(half)), k - half));
    }

    private static PyObject gcdOrLcm(Args args, String name, boolean gcd) {
        args.noKeywords(name);
        ThreadState ts = args.thread();
        BigInteger result = gcd ? BigInteger.ZERO : BigInteger.ONE;
        for (int i = 0; i < args.size(); i++) {
            BigInteger x = index(ts, args.get(i));
            if (i == 0) {
                result = x.abs();
            } else if (gcd) {
                result = result.gcd(x);
            } else if (result.signum() != 0) {
                result = x.signum() == 0 ? BigInteger.ZERO : result.divide(result.gcd(x)).multiply(x).abs();
            }
        }
        return PyInt.of(ts, result);
    }

    /** The non-negative n and k of perm and comb, checked in CPython's order. */
    private static BigInteger[] nonNegative(ThreadState ts, PyObject n, PyObject k) {
        BigInteger ni = index(ts, n);
        BigInteger ki = index(ts, k);
        if (ni.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
        return new BigInteger[] {ni, ki};
    }

    private static PyObject perm(Args args) {
        args.checkPositional("perm", "math.perm", 1, 2);
        ThreadState ts = args.thread();
        if (args.size() == 1 || args.get(1) == PyNone.NONE) {
            return PyInt.of(ts, factorial(ts, args.get(0)));
        }
        BigInteger[] nk = nonNegative(ts, args.get(0), args.get(1));
        if (nk[0].compareTo(nk[1]) < 0) {
            return PyInt.of(ts, 0);
        }
        if (nk[1].compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(ts, fallingFactorial(nk[0], nk[1].longValueExact()));
    }

    private static PyObject comb(Args args) {
        args.checkPositional("comb", "math.comb", 2, 2);
        ThreadState ts = args.thread();
        BigInteger[] nk = nonNegative(ts, args.get(0), args.get(1));
        BigInteger n = nk[0];
        BigInteger k = nk[1];
        if (k.compareTo(n) > 0) {
            return PyInt.of(ts, 0);
        }
        k = k.min(n.subtract(k));
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kl = k.longValueExact();
        return PyInt.of(ts, fallingFactorial(n, kl).divide(product(1, kl)));
    }
}
