package org.gillab.model.object;

import java.util.List;

/**
 * str (Objects/unicodeobject.c): the constructor, every method with CPython's argument handling and
 * messages, and the slots as special methods. Indices the methods take and return count code points;
 * the algorithms themselves are {@link StringLib}'s, shared with bytes.
 */
final class StrMethods {
    private StrMethods() {}

    private static final String[] STR_SLOTS = {
        "__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__mod__",
        "__rmod__", "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"};

    private static PyStr self(PyObject self) {
        return (PyStr) self;
    }

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    private static PyObject str(Args a, String value) {
        return new PyStr(a.thread(), value);
    }

    /**
     * A str argument, else {@code f() argument 1 must be str, not int} ({@code which} is "1", a quoted
     * parameter name such as "'encoding'", or "" for a method's only argument).
     */
    static String strArg(PyObject o, String function, String which) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.badArgument(function + "() argument" + (which.isEmpty() ? "" : " " + which), "str", o);
    }

    static String strArg(PyObject o, String function, int position) {
        return strArg(o, function, position == 0 ? "" : String.valueOf(position));
    }

    /** A str argument of an older-style method: {@code must be str, not int}. */
    private static String plainStrArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.typeError("must be str, not " + o.type().name());
    }

    static PyType strType() {
        PyType.Builder b = PyType.builder("str").newInstance(StrMethods::newStr).withoutInstanceDict();
        SlotWrappers.add(b, STR_SLOTS);
        SlotWrappers.define(b, "__str__", (self, a) -> {
            a.noArgs("str.__str__");
            return self.type() == Types.STR ? a.thread().newRef(self) : str(a, s(self));
        });
        return b
                .method("encode", (self, a) -> {
                    PyObject[] p = a.bind("encode", 0, "encoding", "errors");
                    String encoding = p[0] == null ? "utf-8" : strArg(p[0], "encode", "'encoding'");
                    String errors = p[1] == null ? "strict" : strArg(p[1], "encode", "'errors'");
                    return new PyBytes(a.thread(), Codecs.encode(s(self), encoding, errors), false);
                })
                .method("replace", (self, a) -> {
                    a.checkPositional("replace", "str.replace", 2, 3);
                    String old = strArg(a.get(0), "replace", 1);
                    String replacement = strArg(a.get(1), "replace", 2);
                    long count = a.size() == 3 ? Convert.toLong(Numbers.index(a.thread(), a.get(2)), "replace") : -1;
                    return str(a, StringLib.replace(s(self), old, replacement, count));
                })
                .method("split", (self, a) -> split(self, a, "split", false))
                .method("rsplit", (self, a) -> split(self, a, "rsplit", true))
                .method("join", (self, a) -> join(self, a.oneArg("str.join"), a.thread()))
                .method("capitalize", (self, a) -> transform(self, a, "str.capitalize", StringLib.capitalize(s(self), false)))
                .method("casefold", (self, a) -> transform(self, a, "str.casefold", StringLib.casefold(s(self))))
                .method("title", (self, a) -> transform(self, a, "str.title", StringLib.title(s(self), false)))
                .method("center", (self, a) -> justify(self, a, "center", '^'))
                .method("count", (self, a) -> {
                    Range r = range(self, a, "count");
                    PyStr sub = self(r.sub);
                    return PyInt.of(a.thread(), StringLib.count(s(self), sub.value, r.start, r.end, r.length));
                })
                .method("expandtabs", (self, a) -> {
                    PyObject[] p = a.bind("expandtabs", 0, "tabsize");
                    long tabsize = p[0] == null ? 8 : Convert.toLong(Numbers.index(a.thread(), p[0]), "expandtabs");
                    return str(a, StringLib.expandtabs(s(self), tabsize));
                })
                .method("find", (self, a) -> PyInt.of(a.thread(), find(self, a, "find", false)))
                .method("rfind", (self, a) -> PyInt.of(a.thread(), find(self, a, "rfind", true)))
                .method("index", (self, a) -> PyInt.of(a.thread(), found(find(self, a, "index", false))))
                .method("rindex", (self, a) -> PyInt.of(a.thread(), found(find(self, a, "rindex", true))))
                .method("partition", (self, a) -> partition(self, a, "str.partition", false))
                .method("rpartition", (self, a) -> partition(self, a, "str.rpartition", true))
                .method("ljust", (self, a) -> justify(self, a, "ljust", '<'))
                .method("rjust", (self, a) -> justify(self, a, "rjust", '>'))
                .method("lower", (self, a) -> transform(self, a, "str.lower", StringLib.lower(s(self), false)))
                .method("upper", (self, a) -> transform(self, a, "str.upper", StringLib.upper(s(self), false)))
                .method("swapcase", (self, a) -> transform(self, a, "str.swapcase", StringLib.swapcase(s(self), false)))
                .method("strip", (self, a) -> strip(self, a, "strip", true, true))
                .method("lstrip", (self, a) -> strip(self, a, "lstrip", true, false))
                .method("rstrip", (self, a) -> strip(self, a, "rstrip", false, true))
                .method("splitlines", (self, a) -> {
                    PyObject[] p = a.bind("splitlines", 0, "keepends");
                    boolean keepends = p[0] != null && Convert.toLong(Numbers.index(a.thread(), p[0]), "splitlines") != 0;
                    return list(a.thread(), StringLib.splitlines(s(self), keepends, false));
                })
                .method("translate", (self, a) -> str(a, translate(a.thread(), s(self), a.oneArg("str.translate"))))
                .method("startswith", (self, a) -> PyBool.of(startsOrEnds(self, a, "startswith", false)))
                .method("endswith", (self, a) -> PyBool.of(startsOrEnds(self, a, "endswith", true)))
                .method("removeprefix", (self, a) -> {
                    String prefix = strArg(a.oneArg("str.removeprefix"), "removeprefix", 0);
                    return s(self).startsWith(prefix) && !prefix.isEmpty() ? str(a, s(self).substring(prefix.length()))
                            : same(self, a);
                })
                .method("removesuffix", (self, a) -> {
                    String suffix = strArg(a.oneArg("str.removesuffix"), "removesuffix", 0);
                    String v = s(self);
                    return v.endsWith(suffix) && !suffix.isEmpty() ? str(a, v.substring(0, v.length() - suffix.length()))
                            : same(self, a);
                })
                .method("isascii", (self, a) -> test(self, a, "str.isascii", s(self).chars().allMatch(c -> c < 128)))
                .method("islower", (self, a) -> test(self, a, "str.islower", StringLib.isLowerString(s(self), false)))
                .method("isupper", (self, a) -> test(self, a, "str.isupper", StringLib.isUpperString(s(self), false)))
                .method("istitle", (self, a) -> test(self, a, "str.istitle", StringLib.isTitleString(s(self), false)))
                .method("isspace", (self, a) -> test(self, a, "str.isspace", StringLib.all(s(self), c -> StringLib.isSpace(c, false))))
                .method("isdecimal", (self, a) -> test(self, a, "str.isdecimal", StringLib.all(s(self), c -> StringLib.isDecimal(c, false))))
                .method("isdigit", (self, a) -> test(self, a, "str.isdigit", StringLib.all(s(self), c -> StringLib.isDigit(c, false))))
                .method("isnumeric", (self, a) -> test(self, a, "str.isnumeric", StringLib.all(s(self), StringLib::isNumeric)))
                .method("isalpha", (self, a) -> test(self, a, "str.isalpha", StringLib.all(s(self), c -> StringLib.isAlpha(c, false))))
                .method("isalnum", (self, a) -> test(self, a, "str.isalnum", StringLib.all(s(self), c -> StringLib.isAlnum(c, false))))
                .method("isidentifier", (self, a) -> test(self, a, "str.isidentifier", StringLib.isIdentifier(s(self))))
                .method("isprintable", (self, a) -> test(self, a, "str.isprintable", s(self).codePoints().allMatch(StringLib::isPrintable)))
                .method("zfill", (self, a) -> {
                    long width = Convert.toLong(Numbers.index(a.thread(), a.oneArg("str.zfill")), "zfill");
                    return str(a, StringLib.zfill(s(self), width));
                })
                .method("format", (self, a) -> str(a, StrFormat.format(a.thread(), s(self), a, null)))
                .method("format_map", (self, a) -> str(a, StrFormat.format(a.thread(), s(self), Args.of(a.thread()),
                        a.oneArg("str.format_map"))))
                .method("__format__", (self, a) -> {
                    String spec = strArg(a.oneArg("str.__format__"), "__format__", 0);
                    return str(a, spec.isEmpty() ? self.str() : Format.format(PyStr.constant(s(self)), spec));
                })
                .attribute("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", StrMethods::maketrans)))
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("str.__sizeof__");
                    return PyInt.of(a.thread(), sizeOf(self(self)));
                })
                .method("__getnewargs__", (self, a) -> {
                    a.noArgs("str.__getnewargs__");
                    return new PyTuple(a.thread(), new PyObject[] {str(a, s(self))});
                })
                .build();
    }

    /** str(object='') and str(bytes, encoding='utf-8', errors='strict'); a subclass's instance for a subclass. */
    private static PyObject newStr(PyType cls, Args args) {
        PyObject[] a = args.bind("str", 0, "object", "encoding", "errors");
        ThreadState ts = args.thread();
        String value;
        if (a[0] == null) {
            value = "";
        } else if (a[1] == null && a[2] == null) {
            if (cls == Types.STR) {
                return a[0].type() == Types.STR ? ts.newRef(a[0]) : new PyStr(ts, Ops.str(ts, a[0]));
            }
            value = Ops.str(ts, a[0]);
        } else {
            String encoding = a[1] == null ? "utf-8" : strArg(a[1], "str", "'encoding'");
            String errors = a[2] == null ? "strict" : strArg(a[2], "str", "'errors'");
            if (a[0] instanceof PyStr) {
                throw PyErrors.typeError("decoding str is not supported");
            }
            if (!(a[0] instanceof PyBytes bytes)) {
                throw PyErrors.typeError("decoding to str: need a bytes-like object, " + a[0].type().name() + " found");
            }
            value = Codecs.decode(bytes.value(), encoding, errors);
        }
        return cls == Types.STR ? new PyStr(ts, value) : new PyStr.Sub(ts, cls, value);
    }

    /** self itself when it is exactly a str (methods that change nothing return it), else a plain copy. */
    private static PyObject same(PyObject self, Args a) {
        return self.type() == Types.STR ? a.thread().newRef(self) : str(a, s(self));
    }

    private static PyObject transform(PyObject self, Args a, String qualname, String result) {
        a.noArgs(qualname);
        return str(a, result);
    }

    private static PyObject test(PyObject self, Args a, String qualname, boolean result) {
        a.noArgs(qualname);
        return PyBool.of(result);
    }

    static PyList list(ThreadState ts, List<String> parts) {
        PyList result = new PyList(ts);
        for (String part : parts) {
            result.appendOwned(new PyStr(ts, part));
        }
        return result;
    }

    private static PyObject split(PyObject self, Args a, String name, boolean fromRight) {
        PyObject[] p = a.bind(name, 0, "sep", "maxsplit");
        ThreadState ts = a.thread();
        String sep = null;
        if (p[0] != null && p[0] != PyNone.NONE) {
            if (!(p[0] instanceof PyStr s)) {
                throw PyErrors.typeError("must be str or None, not " + p[0].type().name());
            }
            sep = s.value;
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
        }
        long max = p[1] == null ? -1 : Convert.toLong(Numbers.index(ts, p[1]), name);
        return list(ts, fromRight ? StringLib.rsplit(s(self), sep, max, false) : StringLib.split(s(self), sep, max, false));
    }

    /** sep.join(iterable): every item a str. */
    static PyObject join(PyObject self, PyObject iterable, ThreadState ts) {
        if (!Ops.isIterable(iterable)) {
            throw PyErrors.typeError("can only join an iterable");
        }
        String sep = s(self);
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            List<PyObject> items = iterable instanceof PyList l ? l.snapshot() : List.of(((PyTuple) iterable).toArray());
            if (items.size() == 1 && items.get(0).type() == Types.STR) {
                return ts.newRef(items.get(0));
            }
            return new PyStr(ts, joinItems(sep, items));
        }
        List<PyObject> items = Ops.toList(ts, iterable);
        try {
            return new PyStr(ts, joinItems(sep, items));
        } finally {
            items.forEach(ts::decref);
        }
    }

    private static String joinItems(String sep, List<PyObject> items) {
        int size = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyStr piece)) {
                throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + items.get(i).type().name() + " found");
            }
            size += piece.value.length() + sep.length();
        }
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(((PyStr) items.get(i)).value);
        }
        return out.toString();
    }

    private static PyObject justify(PyObject self, Args a, String name, char align) {
        a.checkPositional(name, "str." + name, 1, 2);
        long width = Convert.toLong(Numbers.index(a.thread(), a.get(0)), name);
        int fill = ' ';
        if (a.size() == 2) {
            if (!(a.get(1) instanceof PyStr f)) {
                throw PyErrors.typeError("The fill character must be a unicode character, not " + a.get(1).type().name());
            }
            if (f.length() != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        String v = s(self);
        String result = StringLib.justify(v, width, fill, align);
        return result == v ? same(self, a) : str(a, result);
    }

    private static PyObject strip(PyObject self, Args a, String name, boolean left, boolean right) {
        a.checkPositional(name, "str." + name, 0, 1);
        String chars = null;
        if (a.size() == 1 && a.get(0) != PyNone.NONE) {
            if (!(a.get(0) instanceof PyStr c)) {
                throw PyErrors.typeError(name + " arg must be None or str");
            }
            chars = c.value;
        }
        String v = s(self);
        String result = chars != null && v.length() != v.codePointCount(0, v.length())
                ? stripCodePoints(v, chars, left, right) : StringLib.strip(v, chars, left, right, false);
        return result.length() == v.length() ? same(self, a) : str(a, result);
    }

    /** strip(chars) for text with surrogate pairs, comparing whole code points. */
    private static String stripCodePoints(String v, String chars, boolean left, boolean right) {
        int[] points = v.codePoints().toArray();
        int start = 0;
        int end = points.length;
        while (left && start < end && chars.indexOf(new String(points, start, 1)) >= 0) {
            start++;
        }
        while (right && end > start && chars.indexOf(new String(points, end - 1, 1)) >= 0) {
            end--;
        }
        return new String(points, start, end - start);
    }

    private static PyObject partition(PyObject self, Args a, String qualname, boolean fromRight) {
        String sep = plainStrArg(a.oneArg(qualname));
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        String[] parts = StringLib.partition(s(self), sep, fromRight);
        ThreadState ts = a.thread();
        return new PyTuple(ts, new PyObject[] {new PyStr(ts, parts[0]), new PyStr(ts, parts[1]), new PyStr(ts, parts[2])});
    }

    /** The sub and the char range of find/count/index and startswith's (sub[, start[, end]]) arguments. */
    private record Range(PyObject sub, int start, int end, int length) {}

    /** Parses (sub[, start[, end]]) with PyArg_ParseTuple's messages; start and end are code points, returned as chars. */
    private static Range range(PyObject self, Args a, String name) {
        a.parseTuple(name, "str." + name, 1, 3);
        PyStr str = self(self);
        int length = str.length();
        long start = a.size() > 1 ? sliceIndex(a.thread(), a.get(1), 0) : 0;
        long end = a.size() > 2 ? sliceIndex(a.thread(), a.get(2), Integer.MAX_VALUE) : Integer.MAX_VALUE;
        int[] bounds = StringLib.adjust(start, end, length);
        PyObject sub = a.get(0);
        if (!name.endsWith("with")) {
            plainStrArg(sub);
        }
        if (bounds[0] > length) {
            return new Range(sub, str.value.length() + 1, str.value.length() + 1, str.value.length());
        }
        return new Range(sub, str.charIndex(bounds[0]), str.charIndex(Math.max(bounds[0], bounds[1])), str.value.length());
    }

    /** A start or end argument: an int, None (the default), or an object with __index__. */
    static long sliceIndex(ThreadState ts, PyObject o, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (Numbers.asInt(o) == null && o.type().lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Numbers.index(ts, o);
        return i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
    }

    private static long find(PyObject self, Args a, String name, boolean fromRight) {
        Range r = range(self, a, name);
        String sub = ((PyStr) r.sub).value;
        int i = fromRight ? StringLib.rfind(s(self), sub, r.start, r.end) : StringLib.find(s(self), sub, r.start, r.end);
        return i < 0 ? -1 : self(self).pointIndex(i);
    }

    private static long found(long index) {
        if (index < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return index;
    }

    /** startswith / endswith with a str or a tuple of them. */
    private static boolean startsOrEnds(PyObject self, Args a, String name, boolean atEnd) {
        Range r = range(self, a, name);
        String v = s(self);
        if (r.sub instanceof PyTuple options) {
            for (int i = 0; i < options.size(); i++) {
                if (!(options.get(i) instanceof PyStr option)) {
                    throw PyErrors.typeError("tuple for " + name + " must only contain str, not " + options.get(i).type().name());
                }
                if (StringLib.matchesAt(v, option.value, r.start, r.end, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(r.sub instanceof PyStr sub)) {
            throw PyErrors.typeError(name + " first arg must be str or a tuple of str, not " + r.sub.type().name());
        }
        return StringLib.matchesAt(v, sub.value, r.start, r.end, atEnd);
    }

    /** str.translate(table): table[ord(c)] for each character, a LookupError keeping it. */
    private static String translate(ThreadState ts, String s, PyObject table) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            PyObject key = PyInt.of(ts, c);
            PyObject mapped;
            try {
                mapped = Ops.getItem(ts, table, key);
            } catch (org.gillab.model.PythonException e) {
                if (!e.exception().type().isSubtypeOf(PyErrors.LOOKUP_ERROR)) {
                    throw e;
                }
                ts.decref(e.exception());
                out.appendCodePoint(c);
                continue;
            } finally {
                ts.decref(key);
            }
            try {
                PyInt code = Numbers.asInt(mapped);
                if (code != null) {
                    if (code.big != null || code.value < 0 || code.value > 0x10ffff) {
                        throw PyErrors.valueError("character mapping must be in range(0x110000)");
                    }
                    out.appendCodePoint((int) code.value);
                } else if (mapped instanceof PyStr replacement) {
                    out.append(replacement.value);
                } else if (mapped != PyNone.NONE) {
                    throw PyErrors.typeError("character mapping must return integer, None or str");
                }
            } finally {
                ts.decref(mapped);
            }
        }
        return out.toString();
    }

    /** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
    private static PyObject maketrans(Args a) {
        a.checkPositional("maketrans", "str.maketrans", 1, 3);
        ThreadState ts = a.thread();
        PyDict table = new PyDict(ts);
        try {
            if (a.size() == 1) {
                if (!(a.get(0) instanceof PyDict mapping)) {
                    throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
                }
                for (var e : mapping.snapshot()) {
                    PyObject key = e.getKey();
                    if (key instanceof PyStr k) {
                        if (k.length() != 1) {
                            throw PyErrors.valueError("string keys in translate table must be of length 1");
                        }
                        PyObject code = PyInt.of(ts, k.codePointAt(0));
                        table.put(ts, code, e.getValue());
                        ts.decref(code);
                    } else if (Numbers.asInt(key) != null) {
                        table.put(ts, key, e.getValue());
                    } else {
                        throw PyErrors.typeError("keys in translate table must be strings or integers");
                    }
                }
                return table;
            }
            String from = strArg(a.get(0), "maketrans", 1);
            String to = strArg(a.get(1), "maketrans", 2);
            String delete = a.size() == 3 ? strArg(a.get(2), "maketrans", 3) : "";
            int[] f = from.codePoints().toArray();
            int[] t = to.codePoints().toArray();
            if (f.length != t.length) {
                throw PyErrors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < f.length; i++) {
                putCodes(ts, table, f[i], PyInt.of(ts, t[i]));
            }
            delete.codePoints().forEach(c -> putCodes(ts, table, c, PyNone.NONE));
            return table;
        } catch (RuntimeException e) {
            ts.decref(table);
            throw e;
        }
    }

    /** table[key] = value, value owned. */
    private static void putCodes(ThreadState ts, PyDict table, int key, PyObject value) {
        PyObject k = PyInt.of(ts, key);
        table.put(ts, k, value);
        ts.decref(k);
        ts.decref(value);
    }

    /** str.__sizeof__ as CPython 3.11 lays strings out (PEP 393: 1, 2 or 4 bytes a character, and a header). */
    private static long sizeOf(PyStr s) {
        int max = s.value.codePoints().max().orElse(0);
        long n = s.length();
        if (max < 128) {
            return 49 + n;
        }
        if (max < 256) {
            return 73 + n;
        }
        return max < 0x10000 ? 74 + 2 * n : 76 + 4 * n;
    }
}
