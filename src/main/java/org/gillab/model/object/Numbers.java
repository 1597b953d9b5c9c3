package org.gillab.model.object;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Comparisons across int, bool and float, and float repr (Objects/floatobject.c, Python/pystrtod.c). */
public final class Numbers {
    private Numbers() {}

    /**
     * Gives back what {@link #index} returned for {@code o}: it owns a reference only when __index__ made
     * a new int; an int argument comes back borrowed.
     */
    public static void releaseIndex(ThreadState ts, PyInt index, PyObject o) {
        if (index != o) {
            ts.decref(index);
        }
    }

    /** operator.index(o): an int (borrowed, when o is one), or the result of its class's __index__ (owned). */
    public static PyInt index(ThreadState ts, PyObject o) {
        PyInt i = asInt(o);
        if (i != null) {
            return i;
        }
        PyObject result = Slots.callOptional(ts, o, "__index__");
        if (result == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyInt r = asInt(result);
        if (r == null) {
            ts.decref(result);
            throw PyErrors.typeError("__index__ returned non-int (type " + result.type().name() + ")");
        }
        return r;
    }

    /** int(text, base) of a str: underscores between digits, a 0x/0o/0b prefix for base 0 or its own base. */
    static java.math.BigInteger parseInt(String source, int base, String repr) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String text = source.strip();
        boolean negative = text.startsWith("-");
        String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        int radix = base;
        String lower = t.toLowerCase();
        if ((base == 0 || base == 16) && lower.startsWith("0x") || (base == 0 || base == 8) && lower.startsWith("0o")
                || (base == 0 || base == 2) && lower.startsWith("0b")) {
            radix = switch (lower.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            t = t.substring(2);
            if (t.startsWith("_")) {
                t = t.substring(1);
            }
        } else if (base == 0) {
            radix = 10;
        }
        if (Integer.bitCount(radix) != 1 && !t.startsWith("_")) {
            IntStrDigits.checkParsed(leadingDigits(t, radix));
        }
        if (base == 0 && radix == 10 && t.length() > 1 && t.startsWith("0")
                && !t.chars().allMatch(c -> c == '0' || c == '_')) {
            throw invalidLiteral(base, repr);
        }
        if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
            throw invalidLiteral(base, repr);
        }
        try {
            java.math.BigInteger v = new java.math.BigInteger(t.replace("_", ""), radix);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            throw invalidLiteral(base, repr);
        }
    }

    /**
     * The digits in the run of digits and single underscores that starts {@code t}: what CPython counts
     * against the digit limit before it looks at the rest. 0 when the run ends in an underscore or holds
     * two in a row, which makes the literal invalid whatever its length.
     */
    private static int leadingDigits(String t, int radix) {
        int digits = 0;
        char previous = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (previous == '_') {
                    return 0;
                }
            } else if (Character.digit(c, radix) >= 0 && (c < 128 || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)) {
                digits++;
            } else {
                break;
            }
            previous = c;
        }
        return previous == '_' ? 0 : digits;
    }

    private static RuntimeException invalidLiteral(int base, String repr) {
        return PyErrors.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** float(text): decimal and exponent forms, inf, nan, underscores between digits. */
    static double parseFloat(String source, String repr) {
        StringBuilder ascii = new StringBuilder(source.length());
        source.strip().codePoints().forEach(c -> ascii.append(Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                ? (char) ('0' + Character.digit(c, 10)) : (char) (c < 0x10000 ? c : '?')));
        String t = ascii.toString().toLowerCase();
        switch (t) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        if (!t.matches("[+-]?(\\d(_?\\d)*\\.?(\\d(_?\\d)*)?|\\.\\d(_?\\d)*)(e[+-]?\\d(_?\\d)*)?")) {
            throw PyErrors.valueError("could not convert string to float: " + repr);
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** Exactly int, bool or float: the objects the comparison fast paths may compare without any class's say. */
    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool;
    }

    /** An int, bool or float, or an instance of a class that subclasses int or float. */
    static boolean isNumeric(PyObject o) {
        return isNumber(o) || o instanceof NumberInstance;
    }

    /** The number as a float (int and bool convert), or null when {@code o} is not a number. */
    public static Double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        if (o instanceof PyBool b) {
            return b.value ? 1.0 : 0.0;
        }
        if (o instanceof NumberInstance n) {
            return asDouble(n.value);
        }
        return null;
    }

    /** int and bool, and instances of int's subclasses, as a plain int (bool is an int subclass), or null. */
    /** Whether o is a float or an int (bool) equal to zero: a divisor float arithmetic refuses. */
    public static boolean isZero(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value == 0;
        }
        PyInt i = asInt(o);
        return i != null && !i.isBig() && i.value == 0;
    }

    public static PyInt asInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o instanceof PyBool b) {
            return PyInt.constant(b.value ? 1 : 0);
        }
        if (o instanceof NumberInstance n && n.value instanceof PyInt i) {
            return i;
        }
        return null;
    }

    /** A float, or an instance of a float subclass, as a plain float; null for anything else (ints too). */
    public static PyFloat floatValue(PyObject o) {
        if (o instanceof PyFloat f) {
            return f;
        }
        if (o instanceof NumberInstance n && n.value instanceof PyFloat f) {
            return f;
        }
        return null;
    }

    /**
     * Compares two numbers exactly (an int is not rounded to a float first, as in float_richcompare).
     * Returns negative, zero or positive; {@link Integer#MIN_VALUE} when unordered (a NaN is involved).
     */
    static int compare(PyObject a, PyObject b) {
        PyInt ia = asInt(a);
        PyInt ib = asInt(b);
        if (ia != null && ib != null) {
            if (ia.big == null && ib.big == null) {
                return Long.compare(ia.value, ib.value);
            }
            return ia.toBig().compareTo(ib.toBig());
        }
        double da = ia == null ? floatValue(a).value : Double.NaN;
        double db = ib == null ? floatValue(b).value : Double.NaN;
        if ((ia == null && Double.isNaN(da)) || (ib == null && Double.isNaN(db))) {
            return Integer.MIN_VALUE;
        }
        if (ia == null && ib == null) {
            return Double.compare(da == 0.0 ? 0.0 : da, db == 0.0 ? 0.0 : db);
        }
        if (ia == null && Double.isInfinite(da)) {
            return da > 0 ? 1 : -1;
        }
        if (ib == null && Double.isInfinite(db)) {
            return db > 0 ? -1 : 1;
        }
        BigDecimal x = ia != null ? new BigDecimal(ia.toBig()) : new BigDecimal(da);
        BigDecimal y = ib != null ? new BigDecimal(ib.toBig()) : new BigDecimal(db);
        return x.compareTo(y);
    }

    /** int(x) of an int or float (or an instance of a subclass): the plain int, a float truncated toward 0. */
    static PyInt toInt(ThreadState ts, PyObject o) {
        PyInt i = asInt(o);
        if (i != null) {
            return ts.newRef(i);
        }
        return truncate(ts, floatValue(o).value);
    }

    /** A float truncated toward zero (float.__trunc__), with the errors of NaN and infinities. */
    static PyInt truncate(ThreadState ts, double v) {
        if (Double.isNaN(v)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.0e18) {
            return PyInt.of(ts, (long) v);
        }
        return PyInt.of(ts, new BigDecimal(v).toBigInteger());
    }

    /** pow(base, exp, mod) of ints (long_pow with a modulus): a negative exponent needs an invertible base. */
    public static PyInt powMod(ThreadState ts, PyInt base, PyInt exp, PyInt mod) {
        java.math.BigInteger m = mod.toBig();
        if (m.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        java.math.BigInteger r;
        if (exp.toBig().signum() < 0) {
            try {
                r = base.toBig().modInverse(m.abs()).modPow(exp.toBig().negate(), m.abs());
            } catch (ArithmeticException e) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.toBig().modPow(exp.toBig(), m.abs());
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(ts, r);
    }

    /**
     * The shortest decimal that reads back as {@code v} (positive, finite), the nearest to v where several
     * are as short: what repr() prints (David Gay's shortest mode in Python/dtoa.c). Java 17's
     * Double.toString is not always shortest, nor always right (JDK-4511638), so the digits are searched
     * for: at each length the decimals just below and just above v are the only candidates.
     */
    static BigDecimal shortestDecimal(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits < 17; digits++) {
            MathContext below = new MathContext(digits, RoundingMode.FLOOR);
            MathContext above = new MathContext(digits, RoundingMode.CEILING);
            BigDecimal low = exact.round(below);
            BigDecimal high = exact.round(above);
            boolean lowReads = low.doubleValue() == v;
            boolean highReads = high.doubleValue() == v;
            if (lowReads && highReads) {
                int closer = exact.subtract(low).compareTo(high.subtract(exact));
                return (closer < 0 || closer == 0 && low.unscaledValue().testBit(0) == false ? low : high).stripTrailingZeros();
            }
            if (lowReads || highReads) {
                return (lowReads ? low : high).stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** float_repr: the shortest digits that round-trip, fixed notation for exponents -4..15. */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal d = shortestDecimal(Math.abs(v));
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
