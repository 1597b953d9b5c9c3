package org.gillab.model.lib;

import java.math.BigInteger;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/** The math module (Modules/mathmodule.c). */
final class MathModule {
    private MathModule() {}

    static PyModule create() {
        return new PyModule("math", true)
                .add("pi", PyFloat.constant(Math.PI))
                .add("e", PyFloat.constant(Math.E))
                .add("inf", PyFloat.constant(Double.POSITIVE_INFINITY))
                .add("nan", PyFloat.constant(Double.NaN))
                .add("tau", PyFloat.constant(2 * Math.PI))
                .function("sqrt", args -> {
                    args.expectPositional("sqrt", 1, 1);
                    double x = Convert.toDouble(args.get(0), "sqrt");
                    if (x < 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    return new PyFloat(args.thread(), Math.sqrt(x));
                })
                .function("isqrt", args -> {
                    args.expectPositional("isqrt", 1, 1);
                    BigInteger n = Numbers.asInt(args.get(0)).toBig();
                    if (n.signum() < 0) {
                        throw PyErrors.valueError("isqrt() argument must be nonnegative");
                    }
                    return PyInt.of(args.thread(), n.sqrt());
                })
                .function("floor", args -> {
                    args.expectPositional("floor", 1, 1);
                    return integral(args.thread(), args.get(0), Math.floor(Convert.toDouble(args.get(0), "floor")));
                })
                .function("ceil", args -> {
                    args.expectPositional("ceil", 1, 1);
                    return integral(args.thread(), args.get(0), Math.ceil(Convert.toDouble(args.get(0), "ceil")));
                })
                .function("fabs", args -> new PyFloat(args.thread(), Math.abs(Convert.toDouble(args.get(0), "fabs"))))
                .function("exp", args -> new PyFloat(args.thread(), Math.exp(Convert.toDouble(args.get(0), "exp"))))
                .function("log", args -> {
                    args.expectPositional("log", 1, 2);
                    double x = Convert.toDouble(args.get(0), "log");
                    if (x <= 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    double r = Math.log(x);
                    return new PyFloat(args.thread(), args.size() == 2 ? r / Math.log(Convert.toDouble(args.get(1), "log")) : r);
                })
                .function("sin", args -> new PyFloat(args.thread(), Math.sin(Convert.toDouble(args.get(0), "sin"))))
                .function("cos", args -> new PyFloat(args.thread(), Math.cos(Convert.toDouble(args.get(0), "cos"))))
                .function("acos", args -> {
                    args.expectPositional("acos", 1, 1);
                    double x = Convert.toDouble(args.get(0), "acos");
                    if (x < -1 || x > 1) {
                        throw PyErrors.valueError("math domain error");
                    }
                    return new PyFloat(args.thread(), Math.acos(x));
                })
                .function("isfinite", args -> {
                    args.expectPositional("isfinite", 1, 1);
                    return org.gillab.model.object.PyBool.of(Double.isFinite(Convert.toDouble(args.get(0), "isfinite")));
                })
                .function("gcd", args -> {
                    BigInteger g = BigInteger.ZERO;
                    for (PyObject a : args.positional()) {
                        g = g.gcd(Numbers.asInt(a).toBig());
                    }
                    return PyInt.of(args.thread(), g);
                })
                .function("factorial", args -> {
                    args.expectPositional("factorial", 1, 1);
                    long n = Convert.toLong(args.get(0), "factorial");
                    if (n < 0) {
                        throw PyErrors.valueError("factorial() not defined for negative values");
                    }
                    BigInteger f = BigInteger.ONE;
                    for (long i = 2; i <= n; i++) {
                        f = f.multiply(BigInteger.valueOf(i));
                    }
                    return PyInt.of(args.thread(), f);
                });
    }

    private static PyObject integral(ThreadState ts, PyObject original, double value) {
        if (Numbers.asInt(original) != null) {
            return ts.newRef(Numbers.asInt(original));
        }
        return PyInt.of(ts, new java.math.BigDecimal(value).toBigInteger());
    }
}
