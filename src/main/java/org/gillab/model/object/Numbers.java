package org.gillab.model.object;

import java.math.BigDecimal;

/** Comparisons across int, bool and float, and float repr (Objects/floatobject.c, Python/pystrtod.c). */
public final class Numbers {
    private Numbers() {}

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool;
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
        return null;
    }

    /** int and bool as an int (bool is an int subclass), or null. */
    public static PyInt asInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o instanceof PyBool b) {
            return PyInt.constant(b.value ? 1 : 0);
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
        double da = ia == null ? ((PyFloat) a).value : Double.NaN;
        double db = ib == null ? ((PyFloat) b).value : Double.NaN;
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
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
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
