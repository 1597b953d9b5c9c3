package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c, bytes_methods.c): every method, with
 * CPython's argument handling and messages, and the slots as special methods. The text-like methods run
 * {@link StringLib}'s algorithms over the bytes as Latin-1 chars with ASCII character classes; a method
 * of a bytearray returns a bytearray.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final String[] SHARED_SLOTS = {
        "__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__mod__", "__rmod__",
        "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"};

    private static PyBytes b(PyObject self) {
        return (PyBytes) self;
    }

    private static String text(PyObject self) {
        return PyBytes.latin1(b(self).value());
    }

    /** A result of the same kind as self (bytes for bytes, bytearray for bytearray). */
    private static PyObject same(PyObject self, ThreadState ts, String text) {
        return new PyBytes(ts, PyBytes.fromLatin1(text), b(self).mutable);
    }

    /**
     * self when it is exactly bytes, else a plain bytes copy of the subclass's instance: what
     * bytes.__bytes__ and __getnewargs__ give (a subclass's class travels apart, in __reduce_ex__).
     */
    private static PyObject exact(PyObject self, ThreadState ts) {
        return self.type() == Types.BYTES ? ts.newRef(self) : new PyBytes(ts, b(self).value(), false);
    }

    /** A bytes-like argument as Latin-1 text. */
    private static String arg(PyObject o) {
        return PyBytes.latin1(PyBytes.bytesLike(o));
    }

    static PyType bytesType() {
        PyType.Builder b = PyType.builder("bytes").newInstance(PyBytes::construct).variableSize().withoutInstanceDict();
        SlotWrappers.add(b, SHARED_SLOTS);
        SlotWrappers.add(b, "__hash__");
        SlotWrappers.define(b, "__str__", (self, a) -> {
            a.noArgs("bytes.__str__");
            return new PyStr(a.thread(), self.repr());
        });
        shared(b, "bytes");
        return b
                .method("__getnewargs__", (self, a) -> {
                    a.noArgs("bytes.__getnewargs__");
                    return new PyTuple(a.thread(), new PyObject[] {exact(self, a.thread())});
                })
                .method("__bytes__", (self, a) -> {
                    a.noArgs("bytes.__bytes__");
                    return exact(self, a.thread());
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("bytes.__sizeof__");
                    return PyInt.of(a.thread(), 33 + b(self).length());
                })
                .build();
    }

    static PyType bytearrayType() {
        PyType.Builder b = PyType.builder("bytearray")
                // bytearray's tp_new makes an empty one, of the class called; __init__ fills it
                .newInstance((cls, a) -> PyBytes.of(a.thread(), cls, new byte[0], true))
                .withoutInstanceDict();
        SlotWrappers.add(b, SHARED_SLOTS);
        SlotWrappers.add(b, "__setitem__", "__delitem__", "__iadd__", "__imul__");
        SlotWrappers.define(b, "__str__", (self, a) -> {
            a.noArgs("bytearray.__str__");
            return new PyStr(a.thread(), self.repr());
        });
        SlotWrappers.define(b, "__init__", (self, a) -> {
            b(self).set(PyBytes.arrayContents(a));
            return PyNone.NONE;
        });
        shared(b, "bytearray");
        return b
                .attribute("__hash__", PyNone.NONE)
                .method("append", (self, a) -> {
                    b(self).append(new byte[] {PyBytes.toByte(a.oneArg("bytearray.append"))});
                    return PyNone.NONE;
                })
                .method("extend", (self, a) -> {
                    PyObject more = a.oneArg("bytearray.extend");
                    if (more instanceof PyMemoryView && PyBytes.bufferOrNull(more) == null) {
                        throw PyErrors.typeError("can't set bytearray slice from memoryview");
                    }
                    byte[] buffer = PyBytes.buffer(more);
                    if (buffer == null && (Numbers.asInt(more) != null || !Ops.isIterable(more))) {
                        throw PyErrors.typeError("can't extend bytearray with " + more.type().name());
                    }
                    b(self).append(buffer != null ? buffer : PyBytes.fromInts(a.thread(), more));
                    return PyNone.NONE;
                })
                .method("insert", (self, a) -> {
                    a.checkPositional("insert", "bytearray.insert", 2, 2);
                    long at = Convert.toLong(Numbers.index(a.thread(), a.get(0)), "insert");
                    byte item = PyBytes.toByte(a.get(1));
                    synchronized (self) {
                        byte[] v = b(self).value();
                        int i = (int) (at < 0 ? Math.max(0, at + v.length) : Math.min(at, v.length));
                        byte[] out = new byte[v.length + 1];
                        System.arraycopy(v, 0, out, 0, i);
                        out[i] = item;
                        System.arraycopy(v, i, out, i + 1, v.length - i);
                        b(self).set(out);
                    }
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> {
                    a.checkPositional("pop", "bytearray.pop", 0, 1);
                    long at = a.size() == 0 ? -1 : Convert.toLong(Numbers.index(a.thread(), a.get(0)), "pop");
                    synchronized (self) {
                        byte[] v = b(self).value();
                        if (v.length == 0) {
                            throw PyErrors.indexError("pop from empty bytearray");
                        }
                        if (at < 0) {
                            at += v.length;
                        }
                        if (at < 0 || at >= v.length) {
                            throw PyErrors.indexError("pop index out of range");
                        }
                        int i = (int) at;
                        byte[] out = new byte[v.length - 1];
                        System.arraycopy(v, 0, out, 0, i);
                        System.arraycopy(v, i + 1, out, i, v.length - i - 1);
                        b(self).set(out);
                        return PyInt.of(a.thread(), v[i] & 0xff);
                    }
                })
                .method("remove", (self, a) -> {
                    byte item = PyBytes.toByte(a.oneArg("bytearray.remove"));
                    synchronized (self) {
                        byte[] v = b(self).value();
                        for (int i = 0; i < v.length; i++) {
                            if (v[i] == item) {
                                byte[] out = new byte[v.length - 1];
                                System.arraycopy(v, 0, out, 0, i);
                                System.arraycopy(v, i + 1, out, i, v.length - i - 1);
                                b(self).set(out);
                                return PyNone.NONE;
                            }
                        }
                    }
                    throw PyErrors.valueError("value not found in bytearray");
                })
                .method("reverse", (self, a) -> {
                    a.noArgs("bytearray.reverse");
                    synchronized (self) {
                        byte[] v = b(self).value();
                        byte[] out = new byte[v.length];
                        for (int i = 0; i < v.length; i++) {
                            out[i] = v[v.length - 1 - i];
                        }
                        b(self).set(out);
                    }
                    return PyNone.NONE;
                })
                .method("clear", (self, a) -> {
                    a.noArgs("bytearray.clear");
                    b(self).set(new byte[0]);
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> {
                    a.noArgs("bytearray.copy");
                    return new PyBytes(a.thread(), b(self).value(), true);
                })
                .method("__alloc__", (self, a) -> {
                    a.noArgs("bytearray.__alloc__");
                    return PyInt.of(a.thread(), b(self).length() + 1);
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("bytearray.__sizeof__");
                    return PyInt.of(a.thread(), 56 + b(self).length() + 1);
                })
                .method("__reduce__", BytesMethods::reduce)
                .method("__reduce_ex__", BytesMethods::reduce)
                .build();
    }

    /**
     * bytearray.__reduce__: (type(self), (latin-1 text, 'latin-1'), __dict__ or None), as copy and pickle
     * use it (_common_reduce: a subclass's instance brings its class and attributes).
     */
    private static PyObject reduce(PyObject self, Args a) {
        ThreadState ts = a.thread();
        PyObject args = new PyTuple(ts, new PyObject[] {new PyStr(ts, text(self)), new PyStr(ts, "latin-1")});
        PyDict dict = self.dictOrNull();
        PyObject state = dict == null ? PyNone.NONE : ts.newRef(dict);
        return new PyTuple(ts, new PyObject[] {ts.newRef(self.type()), args, state});
    }

    /** The methods bytes and bytearray share; {@code type} names them in messages ("bytes.upper"). */
    private static void shared(PyType.Builder b, String type) {
        b.method("decode", (self, a) -> {
                    PyObject[] p = a.bind("decode", 0, "encoding", "errors");
                    String encoding = p[0] == null ? "utf-8" : StrMethods.strArg(p[0], "decode", "'encoding'");
                    String errors = p[1] == null ? "strict" : StrMethods.strArg(p[1], "decode", "'errors'");
                    return new PyStr(a.thread(), b(self).decode(encoding, errors));
                })
                .method("hex", (self, a) -> hex(b(self).value(), a))
                .classMethod("fromhex", (cls, a) -> {
                    String hex = StrMethods.strArg(a.oneArg(type + ".fromhex"), "fromhex", 0);
                    PyBytes made = new PyBytes(a.thread(), fromHex(hex), type.equals("bytearray"));
                    // a subclass gets cls(result), as bytes_fromhex_impl and bytearray_fromhex_impl call it
                    if (cls == made.type()) {
                        return made;
                    }
                    try {
                        return a.thread().call(cls, made);
                    } finally {
                        a.thread().decref(made);
                    }
                })
                .method("join", (self, a) -> join(self, a.oneArg(type + ".join"), a.thread()))
                .method("count", (self, a) -> {
                    Range r = range(self, a, type, "count");
                    return PyInt.of(a.thread(), StringLib.count(text(self), r.sub, r.start, r.end, r.length));
                })
                .method("find", (self, a) -> PyInt.of(a.thread(), find(self, a, type, "find", false)))
                .method("rfind", (self, a) -> PyInt.of(a.thread(), find(self, a, type, "rfind", true)))
                .method("index", (self, a) -> PyInt.of(a.thread(), found(find(self, a, type, "index", false))))
                .method("rindex", (self, a) -> PyInt.of(a.thread(), found(find(self, a, type, "rindex", true))))
                .method("startswith", (self, a) -> PyBool.of(startsOrEnds(self, a, type, "startswith", false)))
                .method("endswith", (self, a) -> PyBool.of(startsOrEnds(self, a, type, "endswith", true)))
                .method("split", (self, a) -> split(self, a, false))
                .method("rsplit", (self, a) -> split(self, a, true))
                .method("splitlines", (self, a) -> {
                    PyObject[] p = a.bind("splitlines", 0, "keepends");
                    boolean keepends = p[0] != null && Convert.toLong(Numbers.index(a.thread(), p[0]), "splitlines") != 0;
                    return list(self, a.thread(), StringLib.splitlines(text(self), keepends, true));
                })
                .method("partition", (self, a) -> partition(self, a.oneArg(type + ".partition"), a.thread(), false))
                .method("rpartition", (self, a) -> partition(self, a.oneArg(type + ".rpartition"), a.thread(), true))
                .method("replace", (self, a) -> {
                    a.checkPositional("replace", type + ".replace", 2, 3);
                    long count = a.size() == 3 ? Convert.toLong(Numbers.index(a.thread(), a.get(2)), "replace") : -1;
                    return same(self, a.thread(), StringLib.replace(text(self), arg(a.get(0)), arg(a.get(1)), count));
                })
                .method("removeprefix", (self, a) -> {
                    String prefix = arg(a.oneArg(type + ".removeprefix"));
                    String v = text(self);
                    return same(self, a.thread(), v.startsWith(prefix) ? v.substring(prefix.length()) : v);
                })
                .method("removesuffix", (self, a) -> {
                    String suffix = arg(a.oneArg(type + ".removesuffix"));
                    String v = text(self);
                    return same(self, a.thread(), v.endsWith(suffix) ? v.substring(0, v.length() - suffix.length()) : v);
                })
                .method("strip", (self, a) -> strip(self, a, type, "strip", true, true))
                .method("lstrip", (self, a) -> strip(self, a, type, "lstrip", true, false))
                .method("rstrip", (self, a) -> strip(self, a, type, "rstrip", false, true))
                .method("center", (self, a) -> justify(self, a, type, "center", '^'))
                .method("ljust", (self, a) -> justify(self, a, type, "ljust", '<'))
                .method("rjust", (self, a) -> justify(self, a, type, "rjust", '>'))
                .method("zfill", (self, a) -> {
                    long width = Convert.toLong(Numbers.index(a.thread(), a.oneArg(type + ".zfill")), "zfill");
                    return same(self, a.thread(), StringLib.zfill(text(self), width));
                })
                .method("expandtabs", (self, a) -> {
                    PyObject[] p = a.bind("expandtabs", 0, "tabsize");
                    long tabsize = p[0] == null ? 8 : Convert.toLong(Numbers.index(a.thread(), p[0]), "expandtabs");
                    return same(self, a.thread(), StringLib.expandtabs(text(self), tabsize));
                })
                .method("translate", BytesMethods::translate)
                .attribute("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", a -> maketrans(a, type + ".maketrans"))))
                .method("lower", (self, a) -> transform(self, a, type + ".lower", StringLib.lower(text(self), true)))
                .method("upper", (self, a) -> transform(self, a, type + ".upper", StringLib.upper(text(self), true)))
                .method("swapcase", (self, a) -> transform(self, a, type + ".swapcase", StringLib.swapcase(text(self), true)))
                .method("title", (self, a) -> transform(self, a, type + ".title", StringLib.title(text(self), true)))
                .method("capitalize", (self, a) -> transform(self, a, type + ".capitalize", StringLib.capitalize(text(self), true)))
                .method("isascii", (self, a) -> test(a, type + ".isascii", text(self).chars().allMatch(c -> c < 128)))
                .method("isalnum", (self, a) -> test(a, type + ".isalnum", StringLib.all(text(self), c -> StringLib.isAlnum(c, true))))
                .method("isalpha", (self, a) -> test(a, type + ".isalpha", StringLib.all(text(self), c -> StringLib.isAlpha(c, true))))
                .method("isdigit", (self, a) -> test(a, type + ".isdigit", StringLib.all(text(self), c -> StringLib.isDecimal(c, true))))
                .method("isspace", (self, a) -> test(a, type + ".isspace", StringLib.all(text(self), c -> StringLib.isSpace(c, true))))
                .method("islower", (self, a) -> test(a, type + ".islower", StringLib.isLowerString(text(self), true)))
                .method("isupper", (self, a) -> test(a, type + ".isupper", StringLib.isUpperString(text(self), true)))
                .method("istitle", (self, a) -> test(a, type + ".istitle", StringLib.isTitleString(text(self), true)));
    }

    private static PyObject transform(PyObject self, Args a, String qualname, String result) {
        a.noArgs(qualname);
        return same(self, a.thread(), result);
    }

    private static PyObject test(Args a, String qualname, boolean result) {
        a.noArgs(qualname);
        return PyBool.of(result);
    }

    private static PyList list(PyObject self, ThreadState ts, List<String> parts) {
        PyList result = new PyList(ts);
        for (String part : parts) {
            result.appendOwned(same(self, ts, part));
        }
        return result;
    }

    /**
     * bytes.hex([sep[, bytes_per_sep]]) of {@code v}: sep every bytes_per_sep bytes, counted from the right
     * when positive (memoryview.hex is the same function of the bytes it views).
     */
    static PyObject hex(byte[] v, Args a) {
        PyObject[] p = a.bind("hex", 0, "sep", "bytes_per_sep");
        String digits = java.util.HexFormat.of().formatHex(v);
        if (p[0] == null) {
            return new PyStr(a.thread(), digits);
        }
        String sep = p[0] instanceof PyStr s ? s.value : p[0] instanceof PyBytes bytes ? PyBytes.latin1(bytes.value())
                : null;
        if (sep == null) {
            throw PyErrors.typeError("object of type '" + p[0].type().name() + "' has no len()");
        }
        if (sep.length() != 1) {
            throw PyErrors.valueError("sep must be length 1.");
        }
        long every = p[1] == null ? 1 : Convert.toLong(Numbers.index(a.thread(), p[1]), "hex");
        if (every == 0 || v.length == 0) {
            return new PyStr(a.thread(), digits);
        }
        int group = (int) Math.min(Math.abs(every), v.length);
        StringBuilder out = new StringBuilder();
        int first = every > 0 ? (v.length % group == 0 ? group : v.length % group) : group;
        for (int i = 0; i < v.length; i++) {
            boolean boundary = every > 0 ? i > 0 && (i - first) % group == 0 : i > 0 && i % group == 0;
            if (boundary) {
                out.append(sep);
            }
            out.append(digits, 2 * i, 2 * i + 2);
        }
        return new PyStr(a.thread(), out.toString());
    }

    private static byte[] fromHex(String hex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < hex.length()) {
            if (hex.charAt(i) == ' ') {
                i++;
                continue;
            }
            int high = Character.digit(hex.charAt(i), 16);
            int low = i + 1 < hex.length() ? Character.digit(hex.charAt(i + 1), 16) : -1;
            if (high < 0 || hex.charAt(i) > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (low < 0 || hex.charAt(i + 1) > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(high * 16 + low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyObject join(PyObject self, PyObject iterable, ThreadState ts) {
        if (!Ops.isIterable(iterable)) {
            throw PyErrors.typeError("can only join an iterable");
        }
        List<PyObject> items = Ops.toList(ts, iterable);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] sep = b(self).value();
            for (int i = 0; i < items.size(); i++) {
                byte[] piece = PyBytes.bufferOrNull(items.get(i));
                if (piece == null) {
                    throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items.get(i).type().name() + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(piece);
            }
            return new PyBytes(ts, out.toByteArray(), b(self).mutable);
        } finally {
            items.forEach(ts::decref);
        }
    }

    /** The sub (bytes-like or an int) and the range of find/count/index's (sub[, start[, end]]). */
    private record Range(String sub, int start, int end, int length) {}

    private static Range range(PyObject self, Args a, String type, String name) {
        a.parseTuple(name, type + "." + name, 1, 3);
        int length = b(self).length();
        PyObject sub = a.get(0);
        byte[] buffer = PyBytes.buffer(sub);
        String needle;
        if (buffer != null) {
            needle = PyBytes.latin1(buffer);
        } else if (Numbers.asInt(sub) != null || sub.type().lookup("__index__") != null) {
            needle = String.valueOf((char) (PyBytes.toByte(sub) & 0xff));
        } else {
            throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + sub.type().name() + "'");
        }
        return bounded(a, needle, length);
    }

    private static Range bounded(Args a, String needle, int length) {
        long start = a.size() > 1 ? StrMethods.sliceIndex(a.thread(), a.get(1), 0) : 0;
        long end = a.size() > 2 ? StrMethods.sliceIndex(a.thread(), a.get(2), Integer.MAX_VALUE) : Integer.MAX_VALUE;
        int[] bounds = StringLib.adjust(start, end, length);
        if (bounds[0] > length) {
            return new Range(needle, length + 1, length + 1, length);
        }
        return new Range(needle, bounds[0], Math.max(bounds[0], bounds[1]), length);
    }

    private static long find(PyObject self, Args a, String type, String name, boolean fromRight) {
        Range r = range(self, a, type, name);
        return fromRight ? StringLib.rfind(text(self), r.sub, r.start, r.end) : StringLib.find(text(self), r.sub, r.start, r.end);
    }

    private static long found(long index) {
        if (index < 0) {
            throw PyErrors.valueError("subsection not found");
        }
        return index;
    }

    private static boolean startsOrEnds(PyObject self, Args a, String type, String name, boolean atEnd) {
        a.parseTuple(name, type + "." + name, 1, 3);
        String v = text(self);
        PyObject prefix = a.get(0);
        List<String> options = new ArrayList<>();
        if (prefix instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                byte[] option = PyBytes.buffer(tuple.get(i));
                if (option == null) {
                    throw PyErrors.typeError("tuple for " + name + " must only contain bytes, not " + tuple.get(i).type().name());
                }
                options.add(PyBytes.latin1(option));
            }
        } else if (PyBytes.buffer(prefix) != null) {
            options.add(PyBytes.latin1(PyBytes.buffer(prefix)));
        } else {
            throw PyErrors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + prefix.type().name());
        }
        Range r = bounded(a, "", v.length());
        for (String option : options) {
            if (StringLib.matchesAt(v, option, r.start, r.end, atEnd)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject split(PyObject self, Args a, boolean fromRight) {
        PyObject[] p = a.bind(fromRight ? "rsplit" : "split", 0, "sep", "maxsplit");
        ThreadState ts = a.thread();
        String sep = p[0] == null || p[0] == PyNone.NONE ? null : arg(p[0]);
        if (sep != null && sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        long max = p[1] == null ? -1 : Convert.toLong(Numbers.index(ts, p[1]), "split");
        String v = text(self);
        return list(self, ts, fromRight ? StringLib.rsplit(v, sep, max, true) : StringLib.split(v, sep, max, true));
    }

    private static PyObject partition(PyObject self, PyObject sepArg, ThreadState ts, boolean fromRight) {
        String sep = arg(sepArg);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        String[] parts = StringLib.partition(text(self), sep, fromRight);
        return new PyTuple(ts, new PyObject[] {same(self, ts, parts[0]), same(self, ts, parts[1]), same(self, ts, parts[2])});
    }

    private static PyObject strip(PyObject self, Args a, String type, String name, boolean left, boolean right) {
        a.checkPositional(name, type + "." + name, 0, 1);
        String chars = a.size() == 1 && a.get(0) != PyNone.NONE ? arg(a.get(0)) : null;
        return same(self, a.thread(), StringLib.strip(text(self), chars, left, right, true));
    }

    private static PyObject justify(PyObject self, Args a, String type, String name, char align) {
        a.checkPositional(name, type + "." + name, 1, 2);
        long width = Convert.toLong(Numbers.index(a.thread(), a.get(0)), name);
        int fill = ' ';
        if (a.size() == 2) {
            if (!(a.get(1) instanceof PyBytes f) || f.length() != 1) {
                throw PyErrors.typeError(name + "() argument 2 must be a byte string of length 1, not " + a.get(1).type().name());
            }
            fill = f.value()[0] & 0xff;
        }
        return same(self, a.thread(), StringLib.justify(text(self), width, fill, align));
    }

    /** bytes.translate(table, /, delete=b''): table None or 256 bytes. */
    private static PyObject translate(PyObject self, Args a) {
        PyObject[] p = a.bindPositionalOnly("translate", 1, 1, 2, "table", "delete");
        if (a.keyword("table") != null) {
            throw PyErrors.typeError("translate() takes no keyword argument 'table'");
        }
        String table = p[0] == PyNone.NONE ? null : arg(p[0]);
        if (table != null && table.length() != 256) {
            throw PyErrors.valueError("translation table must be 256 characters long");
        }
        String delete = p[1] == null ? "" : arg(p[1]);
        StringBuilder out = new StringBuilder();
        for (char c : text(self).toCharArray()) {
            if (delete.indexOf(c) < 0) {
                out.append(table == null ? c : table.charAt(c));
            }
        }
        return same(self, a.thread(), out.toString());
    }

    /** bytes.maketrans(frm, to): the 256-byte table mapping frm's bytes to to's. */
    private static PyObject maketrans(Args a, String qualname) {
        a.checkPositional("maketrans", qualname, 2, 2);
        String from = arg(a.get(0));
        String to = arg(a.get(1));
        if (from.length() != to.length()) {
            throw PyErrors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length(); i++) {
            table[from.charAt(i)] = (byte) to.charAt(i);
        }
        return new PyBytes(a.thread(), table, false);
    }
}
