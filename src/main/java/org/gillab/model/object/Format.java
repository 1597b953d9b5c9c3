package org.gillab.model.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language of format(), str.format and f-strings for int, float and str
 * (Python/formatter_unicode.c, with float formatting as Python/pystrtod.c does it: correctly rounded,
 * half to even on the exact binary value). printf-style % formatting is {@link PercentFormat}'s.
 */
public final class Format {
    private Format() {}

    /** [[fill]align][sign][z][#][0][width][grouping][.precision][type], parsed as parse_internal_render_format_spec. */
    record Spec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, boolean zeroPadded, int width,
            char grouping, int precision, char type) {

        /** Parses {@code spec}; {@code defaultAlign} is '&gt;' for numbers, '&lt;' for strings. */
        static Spec parse(String spec, char defaultAlign, PyObject value) {
            int[] s = spec.codePoints().toArray();
            int i = 0;
            int n = s.length;
            int fill = ' ';
            char align = 0;
            boolean fillGiven = false;
            if (n >= 2 && isAlign(s[1])) {
                fill = s[0];
                align = (char) s[1];
                fillGiven = true;
                i = 2;
            } else if (n >= 1 && isAlign(s[0])) {
                align = (char) s[0];
                i = 1;
            }
            char sign = 0;
            if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
                sign = (char) s[i++];
            }
            boolean noNegativeZero = false;
            if (i < n && s[i] == 'z') {
                noNegativeZero = true;
                i++;
            }
            boolean alternate = false;
            if (i < n && s[i] == '#') {
                alternate = true;
                i++;
            }
            boolean zeroPadded = false;
            if (!fillGiven && i < n && s[i] == '0') {
                fill = '0';
                zeroPadded = true;
                if (align == 0 && defaultAlign == '>') {
                    align = '=';
                }
                i++;
            }
            int start = i;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
            int width = i > start ? number(s, start, i) : -1;
            char grouping = 0;
            if (i < n && (s[i] == ',' || s[i] == '_')) {
                grouping = (char) s[i++];
                if (i < n && (s[i] == ',' || s[i] == '_')) {
                    throw PyErrors.valueError("Cannot specify both ',' and '_'.");
                }
            }
            int precision = -1;
            if (i < n && s[i] == '.') {
                start = ++i;
                while (i < n && s[i] >= '0' && s[i] <= '9') {
                    i++;
                }
                if (i == start) {
                    throw PyErrors.valueError("Format specifier missing precision");
                }
                precision = number(s, start, i);
            }
            if (n - i > 1) {
                throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + value.type().name() + "'");
            }
            char type = i < n ? (char) s[i] : 0;
            if (grouping != 0 && type != 0 && "deEfFgG%".indexOf(type) < 0 && !(grouping == '_' && "boxX".indexOf(type) >= 0)) {
                throw PyErrors.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
            }
            return new Spec(fill, align == 0 ? defaultAlign : align, sign, noNegativeZero, alternate, zeroPadded, width,
                    grouping, precision, type);
        }

        /** The spec of one part of a number composed of several (complex's): no padding, its own sign and type. */
        Spec unpadded(char partSign, char partType) {
            return new Spec(' ', '<', partSign, noNegativeZero, alternate, false, -1, grouping, precision, partType);
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        private static int number(int[] s, int from, int to) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * 10 + (s[k] - '0');
                if (v > Integer.MAX_VALUE) {
                    throw PyErrors.valueError("Too many decimal digits in format string");
                }
            }
            return (int) v;
        }
    }

    /** ascii(): a repr with every non-ASCII character escaped as \\x, \\u or \\U. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        }
        return out.toString();
    }

    /**
     * format(value, spec) for the built-in types: int (and bool, with a spec), float, complex and str (and their
     * subclasses' instances); for anything else only an empty spec, as object.__format__.
     */
    public static String format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            return value.str();
        }
        PyInt i = Numbers.asInt(value);
        if (i != null) {
            return formatInt(i, Spec.parse(spec, '>', value), value.type().name());
        }
        PyFloat f = Numbers.floatValue(value);
        if (f != null) {
            Spec parsed = Spec.parse(spec, '>', value);
            if (parsed.type != 0 && "eEfFgGn%".indexOf(parsed.type) < 0) {
                throw unknownCode(parsed.type, "float");
            }
            return formatFloat(f.value, parsed);
        }
        if (value instanceof PyStr s) {
            return formatStr(s.value, Spec.parse(spec, '<', value));
        }
        if (value instanceof PyComplex c) {
            return ComplexMethods.format(c, spec);
        }
        throw PyErrors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
    }

    static RuntimeException unknownCode(char type, String typeName) {
        return PyErrors.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    static String formatStr(String s, Spec spec) {
        if (spec.type != 0 && spec.type != 's') {
            throw unknownCode(spec.type, "str");
        }
        if (spec.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
        }
        return pad("", s, spec);
    }

    private static String formatInt(PyInt value, Spec spec, String typeName) {
        char type = spec.type;
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return formatFloat(value.toDouble(), spec);
        }
        if (spec.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = value.toBig();
        if (type == 'c') {
            if (spec.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw PyErrors.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars(v.intValue())), spec);
        }
        int radix;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> radix = 10;
            case 'x', 'X' -> {
                radix = 16;
                prefix = type == 'x' ? "0x" : "0X";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            default -> throw unknownCode(type, typeName);
        }
        String digits = IntStrDigits.toString(v.abs(), radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String lead = sign(v.signum() < 0, spec) + (spec.alternate ? prefix : "");
        int groupSize = radix == 10 ? 3 : 4;
        return padNumber(lead, digits, "", spec, groupSize);
    }

    /** float formatting for e E f F g G n % and no type; ints formatted with a float type come here too. */
    /**
     * A float by a checked spec: a type of "eEfFgGn%", none (repr, or 'g' keeping a digit after the point for a
     * precision), or {@link #SHORT_REPR}.
     */
    static String formatFloat(double v, Spec spec) {
        char type = spec.type;
        boolean negative = v < 0 || v == 0 && 1 / v < 0;
        double abs = Math.abs(v);
        String body;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase();
            }
            body = type == '%' ? body + "%" : body;
            return pad(sign(v < 0, spec), body, spec);
        }
        int precision = spec.precision;
        switch (type) {
            case 'f', 'F' -> body = fixed(abs, precision < 0 ? 6 : precision, spec.alternate);
            case '%' -> body = fixed(abs * 100, precision < 0 ? 6 : precision, spec.alternate) + "%";
            case 'e', 'E' -> body = exponent(abs, precision < 0 ? 6 : precision, type == 'E', spec.alternate);
            case 'g', 'G', 'n' -> body = general(abs, precision < 0 ? 6 : Math.max(precision, 1), type == 'G', spec.alternate, false);
            case SHORT_REPR -> body = shortRepr(abs, spec.alternate);
            default -> body = precision < 0 ? alternatePoint(Numbers.floatRepr(abs), spec.alternate)
                    : general(abs, Math.max(precision, 1), false, spec.alternate, true);
        }
        if (negative && spec.noNegativeZero && isZero(body)) {
            negative = false;
        }
        int point = 0;
        while (point < body.length() && Character.isDigit(body.charAt(point))) {
            point++;
        }
        return padNumber(sign(negative, spec), body.substring(0, point), body.substring(point), spec, 3);
    }

    /**
     * The type PyOS_double_to_string calls 'r' without Py_DTSF_ADD_DOT_0, which the parts of a complex's
     * str() use: repr's digits without the ".0" of an integral value, the point kept by '#'.
     */
    static final char SHORT_REPR = 'r';

    private static String shortRepr(double abs, boolean alternate) {
        String repr = Numbers.floatRepr(abs);
        return alternatePoint(repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr, alternate);
    }

    /** '#' on repr's digits: a point even without a fraction, before any exponent ("1.e+16"). */
    private static String alternatePoint(String digits, boolean alternate) {
        if (!alternate || digits.indexOf('.') >= 0) {
            return digits;
        }
        int e = digits.indexOf('e');
        return e < 0 ? digits + "." : digits.substring(0, e) + "." + digits.substring(e);
    }

    /** Whether a formatted number is all zeros (-0.0 rounded or printed: 'z' drops its sign). */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static String fixed(double abs, int precision, boolean alternate) {
        String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
    }

    /** d.ddde+XX with {@code precision} digits after the point, correctly rounded. */
    private static String exponent(double abs, int precision, boolean upper, boolean alternate) {
        String digits;
        int exp;
        if (abs == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = d.unscaledValue().toString();
            exp = unscaled.length() - 1 - d.scale();
            digits = (unscaled + "0".repeat(precision + 1)).substring(0, precision + 1);
        }
        String s = digits.charAt(0) + (precision > 0 || alternate ? "." : "") + digits.substring(1) + "e" + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return upper ? s.toUpperCase() : s;
    }

    /**
     * 'g' (and the no-type form with a precision, which keeps a digit after the point and switches to
     * the exponent one place sooner): fixed or exponent by the exponent, trailing zeros dropped unless '#'.
     */
    private static String general(double abs, int precision, boolean upper, boolean alternate, boolean addDotZero) {
        int exp;
        if (abs == 0) {
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(abs).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exp = d.precision() - 1 - d.scale();
        }
        String s;
        if (exp >= -4 && exp < (addDotZero ? precision - 1 : precision)) {
            s = new BigDecimal(abs).setScale(Math.max(precision - 1 - exp, 0), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate) {
                s = stripZeros(s);
            } else if (!s.contains(".")) {
                s = s + ".";
            }
            if (addDotZero && !s.contains(".")) {
                s = s + ".0";
            }
        } else {
            s = exponent(abs, precision - 1, upper, alternate);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                s = stripZeros(s.substring(0, e)) + s.substring(e);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String sign(boolean negative, Spec spec) {
        if (negative) {
            return "-";
        }
        return spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    }

    /** Groups digits by {@code size} with the separator, from the right. */
    private static String group(String digits, char separator, int size) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / size);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % size == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * A number: lead (sign and prefix), integer digits (grouped when asked), the rest (fraction, exponent).
     * Zero padding with grouping groups the padding zeros too, as CPython's does ('00,001,234').
     */
    private static String padNumber(String lead, String digits, String rest, Spec spec, int groupSize) {
        if (spec.grouping != 0) {
            String grouped = group(digits, spec.grouping, groupSize);
            if (spec.fill == '0' && spec.align == '=') {
                int target = spec.width - lead.length() - rest.length();
                while (grouped.length() < target) {
                    digits = "0" + digits;
                    grouped = group(digits, spec.grouping, groupSize);
                }
            }
            digits = grouped;
        }
        return pad(lead, digits + rest, spec);
    }

    /** Pads to the width with the fill character; '=' puts the padding between the sign or prefix and the digits. */
    static String pad(String lead, String body, Spec spec) {
        int length = lead.codePointCount(0, lead.length()) + body.codePointCount(0, body.length());
        if (spec.width <= length) {
            return lead + body;
        }
        int padding = spec.width - length;
        String fill = new String(Character.toChars(spec.fill));
        return switch (spec.align) {
            case '<' -> lead + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + lead + body + fill.repeat(padding - padding / 2);
            case '=' -> lead + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + lead + body;
        };
    }
}
