package org.gillab.model.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's string formatting: the format-spec mini-language of format(), str.format and f-strings
 * (Python/formatter_unicode.c) for int, float and str, and printf-style {@code %} formatting
 * (Objects/unicodeobject.c PyUnicode_Format).
 */
public final class Format {
    private Format() {}

    /** [[fill]align][sign][#][0][width][,|_][.precision][type] */
    private record Spec(char fill, char align, char sign, boolean alternate, int width, char grouping, int precision, char type) {
        static Spec parse(String spec) {
            int i = 0;
            int n = spec.length();
            char fill = ' ';
            char align = 0;
            if (n >= 2 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
                fill = spec.charAt(0);
                align = spec.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>^=".indexOf(spec.charAt(0)) >= 0) {
                align = spec.charAt(0);
                i = 1;
            }
            char sign = '-';
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
                sign = spec.charAt(i++);
            }
            boolean alternate = false;
            if (i < n && spec.charAt(i) == '#') {
                alternate = true;
                i++;
            }
            if (i < n && spec.charAt(i) == '0') {
                if (align == 0) {
                    fill = '0';
                    align = '=';
                }
                i++;
            }
            int width = -1;
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(spec.substring(start, i));
            }
            char grouping = 0;
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                grouping = spec.charAt(i++);
            }
            int precision = -1;
            if (i < n && spec.charAt(i) == '.') {
                start = ++i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw PyErrors.valueError("Format specifier missing precision");
                }
                precision = Integer.parseInt(spec.substring(start, i));
            }
            char type = 0;
            if (i < n) {
                type = spec.charAt(i++);
            }
            if (i < n) {
                throw PyErrors.valueError("Invalid format specifier '" + spec + "'");
            }
            return new Spec(fill, align, sign, alternate, width, grouping, precision, type);
        }
    }

    /** format(value, spec). */
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

    public static String format(PyObject value, String specText) {
        if (specText.isEmpty()) {
            return value.str();
        }
        Spec spec = Spec.parse(specText);
        PyInt i = value instanceof PyBool ? null : Numbers.asInt(value);
        if (i != null && "fFeEgG%".indexOf(spec.type) < 0) {
            return formatInt(i.toBig(), spec, value);
        }
        if (value instanceof PyFloat || i != null) {
            return formatFloat(Numbers.asDouble(value), spec);
        }
        if (value instanceof PyStr || spec.type == 's') {
            if (spec.type != 0 && spec.type != 's') {
                throw unknownCode(spec.type, value);
            }
            String s = value.str();
            if (spec.precision >= 0 && s.length() > spec.precision) {
                s = s.substring(0, spec.precision);
            }
            return pad(s, spec, '<', "");
        }
        if (value instanceof PyBool) {
            return format(PyInt.constant(((PyBool) value).value ? 1 : 0), specText);
        }
        throw PyErrors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
    }

    private static RuntimeException unknownCode(char type, PyObject value) {
        return PyErrors.valueError("Unknown format code '" + type + "' for object of type '" + value.type().name() + "'");
    }

    private static String formatInt(BigInteger v, Spec spec, PyObject value) {
        String digits;
        String prefix = "";
        BigInteger abs = v.abs();
        switch (spec.type) {
            case 0, 'd', 'n' -> digits = abs.toString();
            case 'x' -> { digits = abs.toString(16); prefix = spec.alternate ? "0x" : ""; }
            case 'X' -> { digits = abs.toString(16).toUpperCase(); prefix = spec.alternate ? "0X" : ""; }
            case 'o' -> { digits = abs.toString(8); prefix = spec.alternate ? "0o" : ""; }
            case 'b' -> { digits = abs.toString(2); prefix = spec.alternate ? "0b" : ""; }
            case 'c' -> { return pad(new String(Character.toChars(v.intValueExact())), spec, '<', ""); }
            default -> throw unknownCode(spec.type, value);
        }
        if (spec.grouping != 0) {
            digits = group(digits, spec.grouping, spec.type == 'x' || spec.type == 'X' || spec.type == 'o' || spec.type == 'b' ? 4 : 3);
        }
        return pad(digits, spec, '>', sign(v.signum() < 0, spec) + prefix);
    }

    private static String formatFloat(double v, Spec spec) {
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double abs = Math.abs(v);
        String body;
        char type = spec.type;
        int precision = spec.precision;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase();
            }
            negative = v < 0;
        } else {
            switch (type) {
                case 'f', 'F' -> body = fixed(abs, precision < 0 ? 6 : precision);
                case '%' -> body = fixed(abs * 100, precision < 0 ? 6 : precision) + "%";
                case 'e', 'E' -> body = exponent(abs, precision < 0 ? 6 : precision, type == 'E');
                case 'g', 'G' -> body = general(abs, precision < 0 ? 6 : Math.max(precision, 1), type == 'G', spec.alternate);
                case 0 -> body = precision < 0 ? Numbers.floatRepr(abs) : general(abs, Math.max(precision, 1), false, true);
                default -> throw PyErrors.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
        }
        if (spec.grouping != 0) {
            int end = body.length();
            for (int i = 0; i < body.length(); i++) {
                if (!Character.isDigit(body.charAt(i))) {
                    end = i;
                    break;
                }
            }
            body = group(body.substring(0, end), spec.grouping, 3) + body.substring(end);
        }
        return pad(body, spec, '>', sign(negative, spec));
    }

    private static String fixed(double abs, int precision) {
        return new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String exponent(double abs, int precision, boolean upper) {
        String s;
        if (abs == 0) {
            s = (precision == 0 ? "0" : "0." + "0".repeat(precision)) + "e+00";
        } else {
            BigDecimal d = new BigDecimal(abs).round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String digits = d.unscaledValue().toString();
            int exp = digits.length() - 1 - d.scale();
            digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
            s = digits.charAt(0) + (precision > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return upper ? s.toUpperCase() : s;
    }

    /** 'g': fixed or exponent by the exponent, trailing zeros removed unless '#'. */
    private static String general(double abs, int precision, boolean upper, boolean keepPoint) {
        if (abs == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(abs).round(new java.math.MathContext(precision, RoundingMode.HALF_EVEN));
        int exp = d.precision() - 1 - d.scale();
        String s;
        if (exp >= -4 && exp < precision) {
            s = fixed(abs, Math.max(precision - 1 - exp, 0));
            s = stripZeros(s);
        } else {
            s = exponent(abs, precision - 1, upper);
            int e = s.indexOf(upper ? 'E' : 'e');
            s = stripZeros(s.substring(0, e)) + s.substring(e);
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String group(String digits, char separator, int size) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % size == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String sign(boolean negative, Spec spec) {
        if (negative) {
            return "-";
        }
        return spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    }

    private static String pad(String body, Spec spec, char defaultAlign, String prefix) {
        int length = prefix.length() + body.length();
        if (spec.width <= length) {
            return prefix + body;
        }
        int padding = spec.width - length;
        String fill = String.valueOf(spec.fill);
        return switch (spec.align == 0 ? defaultAlign : spec.align) {
            case '<' -> prefix + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=' -> prefix + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + prefix + body;
        };
    }

    /** format % args (printf-style): %s %r %d %i %f %e %g %x %o %c %%, flags, width, precision, *. */
    public static String percent(String format, PyObject args) {
        List<PyObject> values = args instanceof PyTuple t ? List.of(t.toArray()) : List.of(args);
        PyDict mapping = args instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= format.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            PyObject keyed = null;
            if (format.charAt(i) == '(' && mapping != null) {
                int close = format.indexOf(')', i);
                keyed = mapping.get(format.substring(i + 1, close));
                if (keyed == null) {
                    throw PyErrors.keyError(PyStr.constant(format.substring(i + 1, close)));
                }
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                flags.append(format.charAt(i++));
            }
            StringBuilder width = new StringBuilder();
            while (i < format.length() && (Character.isDigit(format.charAt(i)) || format.charAt(i) == '*')) {
                if (format.charAt(i) == '*') {
                    width.append(values.get(next++).str());
                    i++;
                } else {
                    width.append(format.charAt(i++));
                }
            }
            String precision = null;
            if (i < format.length() && format.charAt(i) == '.') {
                int start = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = format.substring(start, i);
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyObject value;
            if (keyed != null) {
                value = keyed;
            } else {
                if (next >= values.size() || mapping != null) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                value = values.get(next++);
            }
            out.append(convert(type, flags.toString(), width.toString(), precision, value));
        }
        if (next < values.size() && mapping == null && args instanceof PyTuple) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        if (next == 0 && !(args instanceof PyTuple) && mapping == null && !values.isEmpty()) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(char type, String flags, String width, String precision, PyObject value) {
        String align = flags.contains("-") ? "<" : "";
        String zero = flags.contains("0") && !flags.contains("-") ? "0" : "";
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String alt = flags.contains("#") ? "#" : "";
        String dot = precision == null ? "" : "." + (precision.isEmpty() ? "0" : precision);
        switch (type) {
            case 's', 'r', 'a' -> {
                String s = type == 's' ? value.str() : value.repr();
                return format(PyStr.constant(s), (align.isEmpty() ? ">" : align) + width + dot);
            }
            case 'd', 'i', 'u' -> {
                PyInt n = Numbers.asInt(value);
                if (n == null) {
                    Double d = Numbers.asDouble(value);
                    if (d == null) {
                        throw PyErrors.typeError("%" + type + " format: a real number is required, not " + value.type().name());
                    }
                    n = PyInt.constant(new BigDecimal(d).toBigInteger());
                }
                return format(n, align + sign + zero + width + "d");
            }
            case 'x', 'X', 'o' -> {
                PyInt n = Numbers.asInt(value);
                if (n == null) {
                    throw PyErrors.typeError("%" + type + " format: an integer is required, not " + value.type().name());
                }
                return format(n, align + sign + alt + zero + width + type);
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                Double d = Numbers.asDouble(value);
                if (d == null) {
                    throw PyErrors.typeError("must be real number, not " + value.type().name());
                }
                return format(PyFloat.constant(d), align + sign + alt + zero + width + (dot.isEmpty() ? ".6" : dot) + type);
            }
            case 'c' -> {
                return value instanceof PyStr s ? s.value : new String(Character.toChars((int) Numbers.asInt(value).value));
            }
            default -> throw PyErrors.valueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ")");
        }
    }
}
