package org.gillab.model.object;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * complex (Objects/complexobject.c): the constructor (numbers, __complex__, strings such as "1+2j"), the
 * arithmetic with ints, floats and complexes (_Py_c_sum, _Py_c_prod, Smith's _Py_c_quot, _Py_c_pow with
 * c_powi for small integral exponents), ==, hash, abs, conjugate, real and imag. Ordering, //, % and
 * divmod are not defined for complex numbers, as in CPython: Ops reports them unsupported. A subclass's
 * instance is a {@link PyComplex.Sub}; the arithmetic on it gives plain complex numbers, as CPython's does.
 */
final class ComplexMethods {
    private ComplexMethods() {}

    /** A number's value as (real, imag), or null for objects complex arithmetic does not take. */
    private static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        Double d = Numbers.asDouble(o);
        return d == null ? null : new double[] {d, 0.0};
    }

    private static PyComplex self(PyObject self) {
        return (PyComplex) self;
    }

    /** One binary operation with the operands in Python's order (left, right). */
    @FunctionalInterface
    private interface Operation {
        PyObject apply(ThreadState ts, double[] a, double[] b);
    }

    /** __op__ and __rop__: NotImplemented for an operand that is not a number. */
    private static PyType.Builder binary(PyType.Builder b, String name, Operation op) {
        return b.method("__" + name + "__", (self, a) -> {
            double[] other = operand(a.oneArg("complex.__" + name + "__"));
            return other == null ? PySingleton.NOT_IMPLEMENTED : op.apply(a.thread(), operand(self), other);
        }).method("__r" + name + "__", (self, a) -> {
            double[] other = operand(a.oneArg("complex.__r" + name + "__"));
            return other == null ? PySingleton.NOT_IMPLEMENTED : op.apply(a.thread(), other, operand(self));
        });
    }

    static PyType complexType() {
        PyType.Builder b = PyType.builder("complex").newInstance(ComplexMethods::newComplex).withoutInstanceDict();
        binary(b, "add", (ts, x, y) -> new PyComplex(ts, x[0] + y[0], x[1] + y[1]));
        binary(b, "sub", (ts, x, y) -> new PyComplex(ts, x[0] - y[0], x[1] - y[1]));
        binary(b, "mul", (ts, x, y) -> of(ts, product(x, y)));
        binary(b, "truediv", (ts, x, y) -> {
            double[] q = quotient(x, y);
            if (q == null) {
                throw PyErrors.raise(PyErrors.ZERO_DIVISION_ERROR, "complex division by zero");
            }
            return of(ts, q);
        });
        b.method("__pow__", (self, a) -> power(a, operand(self), true))
                .method("__rpow__", (self, a) -> power(a, operand(self), false));
        return b
                .method("__neg__", (self, a) -> new PyComplex(a.thread(), -self(self).real, -self(self).imag))
                .method("__pos__", (self, a) -> self(self).exact(a.thread()))
                .method("__abs__", (self, a) -> {
                    double r = Math.hypot(self(self).real, self(self).imag);
                    if (Double.isInfinite(r) && Double.isFinite(self(self).real) && Double.isFinite(self(self).imag)) {
                        throw PyErrors.overflowError("absolute value too large");
                    }
                    return new PyFloat(a.thread(), r);
                })
                .method("__bool__", (self, a) -> PyBool.of(self.truthy()))
                .method("__eq__", (self, a) -> equal(self(self), a.oneArg("complex.__eq__"), true))
                .method("__ne__", (self, a) -> equal(self(self), a.oneArg("complex.__ne__"), false))
                .method("__hash__", (self, a) -> PyInt.of(a.thread(), self(self).hash()))
                .method("__repr__", (self, a) -> new PyStr(a.thread(), self.repr()))
                .method("__format__", (self, a) -> new PyStr(a.thread(),
                        format(self(self), StrMethods.strArg(a.oneArg("complex.__format__"), "__format__", 0))))
                .method("__complex__", (self, a) -> self(self).exact(a.thread()))
                .method("__getnewargs__", (self, a) -> PyTuple.of(a.thread(), PyFloat.constant(self(self).real),
                        PyFloat.constant(self(self).imag)))
                .method("conjugate", (self, a) -> {
                    a.noArgs("complex.conjugate");
                    return new PyComplex(a.thread(), self(self).real, -self(self).imag);
                })
                .readonlyMember("real", (ts, self) -> new PyFloat(ts, self(self).real))
                .readonlyMember("imag", (ts, self) -> new PyFloat(ts, self(self).imag))
                .build();
    }

    private static PyComplex of(ThreadState ts, double[] v) {
        return new PyComplex(ts, v[0], v[1]);
    }

    /** _Py_c_prod. */
    private static double[] product(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** _Py_c_quot: Smith's algorithm, scaling by the larger part of the divisor; null for a zero divisor. */
    private static double[] quotient(double[] a, double[] b) {
        double absReal = Math.abs(b[0]);
        double absImag = Math.abs(b[1]);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
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

    /** complex_pow: c_powi for integral exponents up to 100 in size, else _Py_c_pow; a modulus is refused. */
    private static PyObject power(Args a, double[] self, boolean selfIsBase) {
        a.expectPositional(selfIsBase ? "__pow__" : "__rpow__", 1, 2);
        if (a.size() == 2 && a.get(1) != PyNone.NONE) {
            throw PyErrors.valueError("complex modulo");
        }
        double[] other = operand(a.get(0));
        if (other == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return power(a.thread(), selfIsBase ? self : other, selfIsBase ? other : self);
    }

    /** complex_pow's arithmetic, which float_pow also hands a negative base with a fractional exponent to. */
    static PyObject power(ThreadState ts, double[] base, double[] exponent) {
        double[] r;
        if (exponent[1] == 0.0 && exponent[0] == Math.floor(exponent[0]) && Math.abs(exponent[0]) <= 100.0) {
            int n = (int) exponent[0];
            r = n > 0 ? unsignedPower(base, n) : quotient(new double[] {1.0, 0.0}, unsignedPower(base, -n));
        } else {
            r = pow(base, exponent);
        }
        // complex_pow's errno checks: EDOM (a zero divisor) and ERANGE (Py_ADJUST_ERANGE2: an infinite part)
        if (r == null) {
            throw PyErrors.raise(PyErrors.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw PyErrors.overflowError("complex exponentiation");
        }
        return of(ts, r);
    }

    /** c_powu: binary exponentiation. */
    private static double[] unsignedPower(double[] x, int n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            p = product(p, p);
        }
        return r;
    }

    /** _Py_c_pow: through polar form; null for zero to a negative or complex power. */
    private static double[] pow(double[] a, double[] b) {
        if (b[0] == 0.0 && b[1] == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                return null;
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = Libm.pow(vabs, b[0]);
        double at = Libm.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= Libm.exp(at * b[1]);
            phase += b[1] * Libm.log(vabs);
        }
        return new double[] {len * Libm.cos(phase), len * Libm.sin(phase)};
    }

    /** complex_richcompare for == and !=: exact against ints (whatever their size), floats and complexes. */
    private static PyObject equal(PyComplex self, PyObject other, boolean eq) {
        boolean same;
        if (other instanceof PyComplex c) {
            same = self.real == c.real && self.imag == c.imag;
        } else if (Numbers.isNumeric(other)) {
            same = self.imag == 0.0 && Numbers.compare(PyFloat.constant(self.real), other) == 0;
        } else {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return PyBool.of(same == eq);
    }

    // ---- construction ----

    /** complex's tp_new: the value for a subclass is computed as for complex, then copied (complex_subtype_from_doubles). */
    private static PyObject newComplex(PyType cls, Args args) {
        PyComplex made = construct(args);
        if (cls == Types.COMPLEX) {
            return made;
        }
        ThreadState ts = args.thread();
        PyComplex sub = new PyComplex.Sub(ts, cls, made.real, made.imag);
        ts.decref(made);
        return sub;
    }

    /** complex(real=0, imag=0): numbers (and __complex__), or one string such as "1+2j" (complex_new_impl). */
    private static PyComplex construct(Args args) {
        PyObject[] a = args.bind("complex", 0, "real", "imag");
        ThreadState ts = args.thread();
        PyObject r = a[0];
        PyObject i = a[1];
        if (r == null) {
            r = PyInt.constant(0);
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErrors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(ts, s.value);
        }
        if (i instanceof PyStr) {
            throw PyErrors.typeError("complex() second arg can't be a string");
        }
        if (r.type() == Types.COMPLEX && i == null) {
            return ts.newRef((PyComplex) r);
        }
        double[] cr = complexOf(ts, r, "complex() first argument must be a string or a number, not '" + r.type().name() + "'");
        boolean crIsComplex = cr.length == 3;
        double[] ci;
        boolean ciIsComplex = false;
        if (i == null) {
            ci = new double[] {cr[1], 0.0};
        } else if (i instanceof PyComplex c) {
            ci = new double[] {c.real, c.imag};
            ciIsComplex = true;
        } else {
            ci = new double[] {realOf(ts, i, "complex() second argument must be a number, not '" + i.type().name() + "'"), 0.0};
        }
        double real = cr[0];
        double imag = ci[0];
        if (ciIsComplex) {
            real -= ci[1];
        }
        if (crIsComplex && i != null) {
            imag += cr[1];
        }
        return new PyComplex(ts, real, imag);
    }

    /** The first argument as (real, imag), with a third element when it was complex (or had __complex__). */
    private static double[] complexOf(ThreadState ts, PyObject r, String message) {
        // a complex subclass's own __complex__ has its say (try_complex_special_method)
        if (r instanceof PyComplex c && !r.type().overrides("__complex__")) {
            return new double[] {c.real, c.imag, 1};
        }
        if (!(r instanceof PyInstance || r instanceof PyComplex) || r.type().lookup("__complex__") == null) {
            return new double[] {realOf(ts, r, message), 0.0};
        }
        PyObject converted = Slots.callOptional(ts, r, "__complex__");
        try {
            if (!(converted instanceof PyComplex c)) {
                throw PyErrors.typeError(r.type().name() + ".__complex__() must return a complex, not " + converted.type().name());
            }
            return new double[] {c.real, c.imag, 1};
        } finally {
            ts.decref(converted);
        }
    }

    /** A real number's value through float() (__float__, then __index__), or TypeError(message). */
    private static double realOf(ThreadState ts, PyObject o, String message) {
        Double d = Numbers.asDouble(o);
        if (d != null) {
            return d;
        }
        if (o.type().lookup("__float__") == null && o.type().lookup("__index__") == null) {
            throw PyErrors.typeError(message);
        }
        PyObject f = ts.call(Types.FLOAT, o);
        try {
            return Numbers.asDouble(f);
        } finally {
            ts.decref(f);
        }
    }

    private static final String NUMBER = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:e[+-]?\\d(?:_?\\d)*)?"
            + "|inf(?:inity)?|nan)";
    /** "real", "imagj", "real±imagj", the imaginary digits optional ("1+j", "-j"). */
    private static final Pattern COMPLEX = Pattern.compile(
            "(?i)([+-]?" + NUMBER + ")?(?:([+-]?)(" + NUMBER + ")?(j))?");

    /** complex_from_string_inner: surrounding spaces and one pair of parentheses allowed. */
    private static PyComplex parse(ThreadState ts, String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = COMPLEX.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw PyErrors.valueError("complex() arg is a malformed string");
        }
        String real = m.group(1);
        String sign = m.group(2);
        String imag = m.group(3);
        if (m.group(4) == null) {
            return new PyComplex(ts, Numbers.parseFloat(real, ""), 0.0);
        }
        if (sign.isEmpty()) { // "2j", "-1.5j", "j": the leading number is the imaginary part
            if (real != null && imag != null) {
                throw PyErrors.valueError("complex() arg is a malformed string");
            }
            String digits = real != null ? real : imag;
            return new PyComplex(ts, 0.0, digits == null ? 1.0 : Numbers.parseFloat(digits, ""));
        }
        double im = imag == null ? 1.0 : Numbers.parseFloat(imag, "");
        return new PyComplex(ts, real == null ? 0.0 : Numbers.parseFloat(real, ""), sign.equals("-") ? -im : im);
    }

    // ---- format ----

    /**
     * complex.__format__ (formatter_unicode.c's format_complex_internal): each part formatted as a float with
     * the spec's sign, 'z', '#', grouping and precision, the imaginary part signed whenever the real one is
     * shown; without a type as str() shows it (in parentheses, a positive zero real part left out, 'g' for a
     * precision); then the whole padded to the width. Zero padding and '=' have no place in two numbers.
     */
    static String format(PyComplex c, String spec) {
        if (spec.isEmpty()) {
            return c.repr();
        }
        Format.Spec s = Format.Spec.parse(spec, '>', c);
        if (s.fill() == '0') {
            throw PyErrors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (s.align() == '=') {
            throw PyErrors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (s.type() != 0 && "eEfFgGn".indexOf(s.type()) < 0) {
            throw Format.unknownCode(s.type(), "complex");
        }
        boolean omitted = s.type() == 0;
        boolean skipReal = omitted && c.real == 0.0 && Math.copySign(1.0, c.real) > 0;
        char partType = s.type() == 'n' || omitted && s.precision() >= 0 ? 'g' : omitted ? Format.SHORT_REPR : s.type();
        String imag = Format.formatFloat(c.imag, s.unpadded(skipReal ? s.sign() : '+', partType)) + "j";
        if (skipReal) {
            return Format.pad("", imag, s);
        }
        String body = Format.formatFloat(c.real, s.unpadded(s.sign(), partType)) + imag;
        return Format.pad("", omitted ? "(" + body + ")" : body, s);
    }
}
