package org.gillab.model.object;

/**
 * str.format and str.format_map (Objects/stringlib/unicode_format.h): literal text with {{ and }},
 * replacement fields {@code {name.attr[key]!conversion:spec}} whose name is an automatic or explicit
 * index or a keyword, spec with nested fields ({@code {0:{1}}}, two levels deep), each value formatted
 * by {@link Ops#format} (so a class's __format__ takes part), and CPython's messages for every error.
 */
final class StrFormat {
    private StrFormat() {}

    /** One formatting: the arguments and the state of automatic field numbering. */
    private static final class Formatter {
        private final ThreadState ts;
        private final Args args;
        private final PyObject mapping;
        /** 0 not yet known, 1 automatic numbering, 2 manual. */
        private int numbering;
        private int nextAuto;

        Formatter(ThreadState ts, Args args, PyObject mapping) {
            this.ts = ts;
            this.args = args;
            this.mapping = mapping;
        }

        String render(String template, int depth) {
            if (depth <= 0) {
                throw PyErrors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder(template.length() + 16);
            int n = template.length();
            int i = 0;
            while (i < n) {
                char c = template.charAt(i++);
                if (c != '{' && c != '}') {
                    out.append(c);
                    continue;
                }
                boolean atEnd = i >= n;
                if (c == '}') {
                    if (atEnd || template.charAt(i) != '}') {
                        throw PyErrors.valueError("Single '}' encountered in format string");
                    }
                    out.append('}');
                    i++;
                    continue;
                }
                if (atEnd) {
                    throw PyErrors.valueError("Single '{' encountered in format string");
                }
                if (template.charAt(i) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                i = field(template, i, depth, out);
            }
            return out.toString();
        }

        /** parse_field and render_field: the field starting at {@code i}; returns the index after its '}'. */
        private int field(String t, int i, int depth, StringBuilder out) {
            int n = t.length();
            int nameStart = i;
            char c = 0;
            while (i < n) {
                c = t.charAt(i++);
                if (c == '{') {
                    throw PyErrors.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (i < n && t.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            String name = t.substring(nameStart, c == '}' || c == ':' || c == '!' ? i - 1 : i);
            char conversion = 0;
            String spec = "";
            boolean expand = false;
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (i >= n) {
                        throw PyErrors.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = t.charAt(i++);
                    if (i < n) {
                        char after = t.charAt(i++);
                        if (after == '}') {
                            appendField(out, name, conversion, "", false, depth);
                            return i;
                        }
                        if (after != ':') {
                            throw PyErrors.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = i;
                int count = 1;
                while (i < n) {
                    char d = t.charAt(i++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        spec = t.substring(specStart, i - 1);
                        appendField(out, name, conversion, spec, expand, depth);
                        return i;
                    }
                }
                throw PyErrors.valueError("unmatched '{' in format spec");
            }
            if (c != '}') {
                throw PyErrors.valueError("expected '}' before end of string");
            }
            appendField(out, name, conversion, spec, expand, depth);
            return i;
        }

        private void appendField(StringBuilder out, String name, char conversion, String spec, boolean expand, int depth) {
            PyObject value = lookup(name);
            try {
                PyObject converted = switch (conversion) {
                    case 0 -> ts.newRef(value);
                    case 'r' -> new PyStr(ts, value.repr());
                    case 's' -> new PyStr(ts, Ops.str(ts, value));
                    case 'a' -> new PyStr(ts, Format.ascii(value.repr()));
                    default -> throw PyErrors.valueError(conversion < 128 ? "Unknown conversion specifier " + conversion
                            : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
                };
                try {
                    out.append(Ops.format(ts, converted, expand ? render(spec, depth - 1) : spec));
                } finally {
                    ts.decref(converted);
                }
            } finally {
                ts.decref(value);
            }
        }

        /** The object a field name designates (a new reference): an argument, then .attribute and [key] steps. */
        private PyObject lookup(String name) {
            int i = 0;
            int n = name.length();
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            PyObject obj = argument(name.substring(0, i));
            try {
                while (i < n) {
                    char c = name.charAt(i++);
                    int start = i;
                    PyObject next;
                    if (c == '.') {
                        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                            i++;
                        }
                        if (i == start) {
                            throw PyErrors.valueError("Empty attribute in format string");
                        }
                        next = obj.getAttr(ts, name.substring(start, i));
                    } else {
                        while (i < n && name.charAt(i) != ']') {
                            i++;
                        }
                        if (i >= n) {
                            throw PyErrors.valueError("Missing ']' in format string");
                        }
                        String key = name.substring(start, i++);
                        if (key.isEmpty()) {
                            throw PyErrors.valueError("Empty attribute in format string");
                        }
                        if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                            throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                        }
                        long index = decimal(key);
                        PyObject k = index >= 0 ? PyInt.of(ts, index) : new PyStr(ts, key);
                        try {
                            next = Ops.getItem(ts, obj, k);
                        } finally {
                            ts.decref(k);
                        }
                    }
                    ts.decref(obj);
                    obj = next;
                }
                return obj;
            } catch (RuntimeException e) {
                ts.decref(obj);
                throw e;
            }
        }

        /** The first part of a field name: an automatic index (empty), an explicit index (digits), or a keyword. */
        private PyObject argument(String first) {
            long index;
            if (first.isEmpty()) {
                if (numbering == 2) {
                    throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                numbering = 1;
                index = nextAuto++;
            } else {
                index = decimal(first);
                if (index >= 0) {
                    if (numbering == 1) {
                        throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    numbering = 2;
                }
            }
            if (index >= 0) {
                if (mapping != null) {
                    throw PyErrors.valueError("Format string contains positional fields");
                }
                if (index >= args.size()) {
                    throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
                }
                return ts.newRef(args.get((int) index));
            }
            if (mapping != null) {
                PyObject key = new PyStr(ts, first);
                try {
                    return Ops.getItem(ts, mapping, key);
                } finally {
                    ts.decref(key);
                }
            }
            PyObject value = args.keyword(first);
            if (value == null) {
                throw PyErrors.keyError(PyStr.constant(first));
            }
            return ts.newRef(value);
        }
    }

    /** The value of a string of decimal digits (any script's), or -1 when it is not one. */
    private static long decimal(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), 10);
            if (digit < 0 || Character.getType(s.charAt(i)) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            v = v * 10 + digit;
            if (v > Integer.MAX_VALUE) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
        }
        return v;
    }

    /** template.format(*args, **kwargs), or template.format_map(mapping) when {@code mapping} is not null. */
    static String format(ThreadState ts, String template, Args args, PyObject mapping) {
        return new Formatter(ts, args, mapping).render(template, 2);
    }
}
