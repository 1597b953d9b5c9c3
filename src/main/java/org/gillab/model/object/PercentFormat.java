package org.gillab.model.object;

import java.util.List;

/**
 * printf-style formatting, {@code format % args}, for str (Objects/unicodeobject.c PyUnicode_Format) and
 * bytes (Objects/bytesobject.c _PyBytes_FormatEx): {@code %[(key)][flags][width|*][.precision|*]type}
 * with the conversions d i u o x X e E f F g G c r s a % (and b for bytes), their flags and errors.
 * The numbers are formatted by {@link Format}'s code for the format-spec mini-language.
 */
final class PercentFormat {
    private PercentFormat() {}

    /** The arguments as the conversions consume them: a tuple's items, one value, or a mapping for %(key). */
    private static final class Arguments {
        private final List<PyObject> values;
        private final PyObject mapping;
        private int next;

        Arguments(PyObject args, boolean bytes) {
            this.values = args instanceof PyTuple t ? List.of(t.toArray()) : List.of(args);
            boolean isText = args instanceof PyStr || bytes && args instanceof PyBytes;
            this.mapping = !(args instanceof PyTuple) && !isText && args.type().lookup("__getitem__") != null ? args : null;
        }

        PyObject next() {
            if (next >= values.size()) {
                throw PyErrors.typeError("not enough arguments for format string");
            }
            return values.get(next++);
        }

        /**
         * A %(key) conversion reads the mapping, after which no conversion may take the next argument: "%(a)s %s"
         * is "not enough arguments" (unicode_format_arg_parse starts the argument count over past the end).
         */
        PyObject lookUp(ThreadState ts, PyObject key) {
            next = values.size();
            return Ops.getItem(ts, mapping, key);
        }

        void checkAllUsed(boolean bytes) {
            if (next < values.size() && mapping == null) {
                throw PyErrors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
            }
        }
    }

    /** str % args. */
    static String format(ThreadState ts, String format, PyObject args) {
        return run(ts, format, args, false);
    }

    /** bytes % args: the format and the result as Latin-1 text. */
    static String formatBytes(ThreadState ts, String format, PyObject args) {
        return run(ts, format, args, true);
    }

    private static String run(ThreadState ts, String format, PyObject args, boolean bytes) {
        Arguments arguments = new Arguments(args, bytes);
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            if (format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            PyObject keyed = null;
            if (format.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    depth += format.charAt(i) == '(' ? 1 : format.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                if (arguments.mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                String name = format.substring(start, i - 1);
                PyObject key = bytes ? new PyBytes(ts, PyBytes.fromLatin1(name), false) : new PyStr(ts, name);
                try {
                    keyed = arguments.lookUp(ts, key);
                } finally {
                    ts.decref(key);
                }
            }
            try {
                i = convert(ts, format, i, arguments, keyed, out, bytes);
            } finally {
                ts.xdecref(keyed);
            }
        }
        arguments.checkAllUsed(bytes);
        return out.toString();
    }

    /** One conversion from index {@code i} (after the % and any key); returns the index after it. */
    private static int convert(ThreadState ts, String format, int i, Arguments arguments, PyObject keyed, StringBuilder out,
            boolean bytes) {
        int n = format.length();
        boolean left = false;
        char sign = 0;
        boolean alternate = false;
        boolean zero = false;
        flags:
        while (i < n) {
            switch (format.charAt(i)) {
                case '-' -> left = true;
                case '+' -> sign = '+';
                case ' ' -> sign = sign == '+' ? '+' : ' ';
                case '#' -> alternate = true;
                case '0' -> zero = true;
                default -> {
                    break flags;
                }
            }
            i++;
        }
        int width = -1;
        if (i < n && format.charAt(i) == '*') {
            width = starArgument(arguments);
            if (width < 0) {
                left = true;
                width = -width;
            }
            i++;
        } else {
            int start = i;
            while (i < n && Character.isDigit(format.charAt(i))) {
                i++;
            }
            width = i > start ? Integer.parseInt(format.substring(start, i)) : -1;
        }
        int precision = -1;
        if (i < n && format.charAt(i) == '.') {
            i++;
            if (i < n && format.charAt(i) == '*') {
                precision = Math.max(0, starArgument(arguments));
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
            }
        }
        while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
            i++;
        }
        if (i >= n) {
            throw PyErrors.valueError("incomplete format");
        }
        char type = format.charAt(i);
        PyObject value = keyed != null ? keyed : arguments.next();
        if (type == '%') {
            out.append('%');
            return i + 1;
        }
        String body = switch (type) {
            case 's', 'r', 'a', 'b' -> text(ts, type, value, precision, bytes, format, i);
            case 'd', 'i', 'u', 'o', 'x', 'X' -> integer(ts, type, value, sign, alternate, precision);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> real(value, type, sign, alternate, precision);
            case 'c' -> character(value, bytes);
            default -> throw PyErrors.valueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + i);
        };
        boolean numeric = "diuoxXeEfFgG".indexOf(type) >= 0;
        out.append(padded(body, width, left, zero && numeric && !left));
        return i + 1;
    }

    private static int starArgument(Arguments arguments) {
        PyObject w = arguments.next();
        PyInt i = w instanceof PyFloat ? null : Numbers.asInt(w);
        if (i == null) {
            throw PyErrors.typeError("* wants int");
        }
        return (int) Convert.toLong(i, "*");
    }

    /** %s %r %a (and %b for bytes): str(), repr() or ascii(), truncated to the precision. */
    private static String text(ThreadState ts, char type, PyObject value, int precision, boolean bytes, String format, int at) {
        String s;
        if (type == 'r' || type == 'a') {
            s = type == 'a' || bytes ? Format.ascii(value.repr()) : value.repr();
        } else if (bytes) {
            s = bytesOf(ts, value);
        } else if (type == 'b') {
            throw PyErrors.valueError("unsupported format character 'b' (0x62) at index " + at);
        } else {
            s = Ops.str(ts, value);
        }
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return s;
    }

    /** %s / %b of bytes formatting: a bytes-like object or __bytes__, as Latin-1 text. */
    private static String bytesOf(ThreadState ts, PyObject value) {
        byte[] buffer = PyBytes.contents(value);
        if (buffer != null) {
            return PyBytes.latin1(buffer);
        }
        PyObject converted = Slots.callOptional(ts, value, "__bytes__");
        if (converted == null) {
            throw PyErrors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + value.type().name() + "'");
        }
        try {
            return PyBytes.latin1(PyBytes.bytesLike(converted));
        } finally {
            ts.decref(converted);
        }
    }

    /** %d %i %u (any real number, truncated) and %o %x %X (integers only); precision is a minimum of digits. */
    private static String integer(ThreadState ts, char type, PyObject value, char sign, boolean alternate, int precision) {
        PyInt n = Numbers.asInt(value);
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (n == null) {
            PyFloat f = Numbers.floatValue(value);
            if (decimal && f != null) {
                n = Numbers.truncate(ts, f.value);
            } else {
                PyObject converted = value.type().lookup("__index__") != null ? Numbers.index(ts, value)
                        : decimal ? Slots.callOptional(ts, value, "__int__") : null;
                if (converted == null || Numbers.asInt(converted) == null) {
                    throw PyErrors.typeError("%" + type + " format: " + (decimal ? "a real number" : "an integer")
                            + " is required, not " + value.type().name());
                }
                n = Numbers.asInt(converted);
            }
        }
        java.math.BigInteger v = n.toBig();
        int radix = decimal ? 10 : type == 'o' ? 8 : 16;
        String digits = IntStrDigits.toString(v.abs(), radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String prefix = !alternate || decimal ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        String lead = v.signum() < 0 ? "-" : sign == 0 ? "" : String.valueOf(sign);
        return lead + prefix + digits;
    }

    /** %e %f %g and their capitals: any real number (or __float__), through the format-spec mini-language. */
    private static String real(PyObject value, char type, char sign, boolean alternate, int precision) {
        Double d = Numbers.asDouble(value);
        if (d == null) {
            ThreadState ts = ThreadState.current();
            PyObject converted = Slots.callOptional(ts, value, "__float__");
            if (converted == null) {
                throw PyErrors.typeError("must be real number, not " + value.type().name());
            }
            d = Numbers.asDouble(converted);
            ts.decref(converted);
        }
        return Format.formatFloat(d, new Format.Spec(' ', '>', sign, false, alternate, false, -1, (char) 0,
                precision < 0 ? 6 : precision, type));
    }

    /** %c: an int code point, or a one-character str (a one-byte bytes object, for bytes). */
    private static String character(PyObject value, boolean bytes) {
        if (bytes) {
            if (value instanceof PyBytes b && b.length() == 1) {
                return PyBytes.latin1(b.value());
            }
            PyInt i = Numbers.asInt(value);
            if (i == null) {
                throw PyErrors.typeError("%c requires an integer in range(256) or a single byte");
            }
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErrors.overflowError("%c arg not in range(256)");
            }
            return String.valueOf((char) i.value);
        }
        if (value instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErrors.typeError("%c requires int or char");
            }
            return s.value;
        }
        PyInt i = value instanceof PyFloat ? null : Numbers.asInt(value);
        if (i == null) {
            throw PyErrors.typeError("%c requires int or char");
        }
        if (i.big != null || i.value < 0 || i.value > 0x10ffff) {
            throw PyErrors.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.value));
    }

    /** Width padding: spaces on the left (right with '-'), or zeros after the sign and prefix with '0'. */
    private static String padded(String body, int width, boolean left, boolean zero) {
        int length = body.codePointCount(0, body.length());
        if (width <= length) {
            return body;
        }
        int padding = width - length;
        if (left) {
            return body + " ".repeat(padding);
        }
        if (zero) {
            int lead = 0;
            if (lead < body.length() && (body.charAt(lead) == '-' || body.charAt(lead) == '+' || body.charAt(lead) == ' ')) {
                lead++;
            }
            if (body.startsWith("0x", lead) || body.startsWith("0X", lead) || body.startsWith("0o", lead)) {
                lead += 2;
            }
            return body.substring(0, lead) + "0".repeat(padding) + body.substring(lead); // inf and nan too
        }
        return " ".repeat(padding) + body;
    }
}
