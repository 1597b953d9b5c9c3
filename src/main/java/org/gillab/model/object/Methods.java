package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;

/** The methods of str, list, tuple and dict (Objects/unicodeobject.c, listobject.c, dictobject.c). */
final class Methods {
    private Methods() {}

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    private static PyObject str(Args args, String value) {
        return new PyStr(args.thread(), value);
    }

    private static String strArg(Args args, int i, String function) {
        PyObject o = args.get(i);
        if (!(o instanceof PyStr str)) {
            throw PyErrors.typeError(function + "() argument must be str, not " + o.type().name());
        }
        return str.value;
    }

    static PyType.Builder str(PyType.Builder b) {
        return b
                .method("upper", (self, a) -> { a.expectPositional("upper", 0, 0); return str(a, s(self).toUpperCase()); })
                .method("lower", (self, a) -> { a.expectPositional("lower", 0, 0); return str(a, s(self).toLowerCase()); })
                .method("strip", (self, a) -> str(a, strip(self, a, "strip", true, true)))
                .method("lstrip", (self, a) -> str(a, strip(self, a, "lstrip", true, false)))
                .method("rstrip", (self, a) -> str(a, strip(self, a, "rstrip", false, true)))
                .method("startswith", (self, a) -> { a.expectPositional("startswith", 1, 1); return PyBool.of(s(self).startsWith(prefixArg(a, "startswith"))); })
                .method("endswith", (self, a) -> { a.expectPositional("endswith", 1, 1); return PyBool.of(s(self).endsWith(prefixArg(a, "endswith"))); })
                .method("replace", (self, a) -> { a.expectPositional("replace", 2, 2); return str(a, s(self).replace(strArg(a, 0, "replace"), strArg(a, 1, "replace"))); })
                .method("find", (self, a) -> { a.expectPositional("find", 1, 1); return PyInt.of(a.thread(), s(self).indexOf(strArg(a, 0, "find"))); })
                .method("count", (self, a) -> { a.expectPositional("count", 1, 1); return PyInt.of(a.thread(), countOf(s(self), strArg(a, 0, "count"))); })
                .method("split", Methods::split)
                .method("join", (self, a) -> {
                    a.expectPositional("join", 1, 1);
                    List<String> parts = new ArrayList<>();
                    for (PyObject item : Ops.toList(a.thread(), a.get(0))) {
                        a.thread().decref(item);
                        if (!(item instanceof PyStr piece)) {
                            throw PyErrors.typeError("sequence item " + parts.size() + ": expected str instance, " + item.type().name() + " found");
                        }
                        parts.add(piece.value);
                    }
                    return str(a, String.join(s(self), parts));
                })
                .method("format", (self, a) -> str(a, StrFormat.format(s(self), a)))
                .method("ljust", (self, a) -> justify(self, a, "ljust", '<'))
                .method("rjust", (self, a) -> justify(self, a, "rjust", '>'))
                .method("center", (self, a) -> justify(self, a, "center", '^'))
                .method("zfill", (self, a) -> {
                    a.expectPositional("zfill", 1, 1);
                    String v = s(self);
                    int width = (int) Convert.toLong(a.get(0), "zfill");
                    if (v.length() >= width) {
                        return a.thread().newRef(self);
                    }
                    boolean signed = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+');
                    String zeros = "0".repeat(width - v.length());
                    return str(a, signed ? v.charAt(0) + zeros + v.substring(1) : zeros + v);
                })
                .method("isdigit", (self, a) -> PyBool.of(!s(self).isEmpty() && s(self).chars().allMatch(Character::isDigit)))
                .method("isalpha", (self, a) -> PyBool.of(!s(self).isEmpty() && s(self).chars().allMatch(Character::isLetter)))
                .method("isspace", (self, a) -> PyBool.of(!s(self).isEmpty() && s(self).chars().allMatch(Character::isWhitespace)))
                .method("capitalize", (self, a) -> {
                    String v = s(self);
                    return str(a, v.isEmpty() ? v : v.substring(0, 1).toUpperCase() + v.substring(1).toLowerCase());
                })
                .method("title", (self, a) -> {
                    StringBuilder out = new StringBuilder();
                    boolean start = true;
                    for (char c : s(self).toCharArray()) {
                        out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                        start = !Character.isLetter(c);
                    }
                    return str(a, out.toString());
                });
    }

    private static String prefixArg(Args a, String function) {
        PyObject o = a.get(0);
        if (o instanceof PyStr p) {
            return p.value;
        }
        throw PyErrors.typeError(function + " first arg must be str or a tuple of str, not " + o.type().name());
    }

    private static long countOf(String s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1;
        }
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static String strip(PyObject self, Args a, String name, boolean left, boolean right) {
        a.expectPositional(name, 0, 1);
        String v = s(self);
        String chars = a.size() == 1 && !(a.get(0) instanceof PyNone) ? strArg(a, 0, name) : null;
        int start = 0;
        int end = v.length();
        while (left && start < end && (chars == null ? Character.isWhitespace(v.charAt(start)) : chars.indexOf(v.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (chars == null ? Character.isWhitespace(v.charAt(end - 1)) : chars.indexOf(v.charAt(end - 1)) >= 0)) {
            end--;
        }
        return v.substring(start, end);
    }

    private static PyObject split(PyObject self, Args a) {
        PyObject[] p = a.bind("split", 0, "sep", "maxsplit");
        ThreadState ts = a.thread();
        String v = s(self);
        int max = p[1] == null ? -1 : (int) Convert.toLong(p[1], "split");
        PyList result = new PyList(ts);
        if (p[0] == null || p[0] instanceof PyNone) {
            String rest = v.stripLeading();
            while (!rest.isEmpty()) {
                if (max >= 0 && result.size() == max) {
                    result.appendOwned(new PyStr(ts, rest.stripTrailing()));
                    break;
                }
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                result.appendOwned(new PyStr(ts, rest.substring(0, end)));
                rest = rest.substring(end).stripLeading();
            }
            return result;
        }
        String sep = ((PyStr) p[0]).value;
        if (sep.isEmpty()) {
            ts.decref(result);
            throw PyErrors.valueError("empty separator");
        }
        int start = 0;
        for (int i = v.indexOf(sep); i >= 0 && (max < 0 || result.size() < max); i = v.indexOf(sep, start)) {
            result.appendOwned(new PyStr(ts, v.substring(start, i)));
            start = i + sep.length();
        }
        result.appendOwned(new PyStr(ts, v.substring(start)));
        return result;
    }

    private static PyObject justify(PyObject self, Args a, String name, char align) {
        a.expectPositional(name, 1, 2);
        String fill = a.size() == 2 ? strArg(a, 1, name) : " ";
        if (fill.length() != 1) {
            throw PyErrors.typeError("The fill character must be exactly one character long");
        }
        long width = Convert.toLong(a.get(0), name);
        return str(a, Format.format(self, fill + align + width));
    }

    private static PyList l(PyObject self) {
        return (PyList) self;
    }

    /**
     * list's methods. None holds the list's lock while Python code runs (an item's __eq__, a sort key):
     * such code may wait for the GIL, and another thread holding the GIL may be waiting for the lock.
     */
    static PyType.Builder list(PyType.Builder b) {
        return b
                .method("append", (self, a) -> { a.expectPositional("append", 1, 1); l(self).append(a.thread(), a.get(0)); return PyNone.NONE; })
                .method("extend", (self, a) -> { a.expectPositional("extend", 1, 1); Ops.extend(a.thread(), l(self), a.get(0)); return PyNone.NONE; })
                .method("insert", (self, a) -> {
                    a.expectPositional("insert", 2, 2);
                    PyList list = l(self);
                    long i = Convert.toLong(Numbers.index(a.thread(), a.get(0)), "insert");
                    synchronized (list) {
                        int size = list.size();
                        i = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
                        list.insert(a.thread(), (int) i, a.get(1));
                    }
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> {
                    a.expectPositional("pop", 0, 1);
                    PyList list = l(self);
                    long i = a.size() == 0 ? -1 : Convert.toLong(Numbers.index(a.thread(), a.get(0)), "pop");
                    synchronized (list) {
                        if (list.size() == 0) {
                            throw PyErrors.indexError("pop from empty list");
                        }
                        if (i < 0) {
                            i += list.size();
                        }
                        if (i < 0 || i >= list.size()) {
                            throw PyErrors.indexError("pop index out of range");
                        }
                        return list.remove((int) i);
                    }
                })
                .method("remove", (self, a) -> {
                    a.expectPositional("remove", 1, 1);
                    PyList list = l(self);
                    int i = indexOf(a.thread(), list.snapshot(), a.get(0), 0);
                    if (i < 0) {
                        throw PyErrors.valueError("list.remove(x): x not in list");
                    }
                    a.thread().decref(list.remove(i));
                    return PyNone.NONE;
                })
                .method("index", (self, a) -> index(a, l(self).snapshot(), "list"))
                .method("count", (self, a) -> count(a, l(self).snapshot()))
                .method("reverse", (self, a) -> {
                    synchronized (self) {
                        java.util.Collections.reverse(l(self).items());
                    }
                    return PyNone.NONE;
                })
                .method("clear", (self, a) -> { l(self).clear(a.thread()); return PyNone.NONE; })
                .method("copy", (self, a) -> {
                    PyList copy = new PyList(a.thread());
                    l(self).snapshot().forEach(item -> copy.append(a.thread(), item));
                    return copy;
                })
                .method("sort", (self, a) -> {
                    a.expectPositional("sort", 0, 0);
                    PyObject key = a.keyword("key");
                    PyObject reverse = a.keyword("reverse");
                    for (String k : a.keywordNames()) {
                        if (!k.equals("key") && !k.equals("reverse")) {
                            throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for sort()");
                        }
                    }
                    ListSort.sort(a.thread(), l(self), key, reverse != null && reverse.truthy());
                    return PyNone.NONE;
                });
    }

    static PyType.Builder tuple(PyType.Builder b) {
        return b
                .method("index", (self, a) -> index(a, List.of(((PyTuple) self).toArray()), "tuple"))
                .method("count", (self, a) -> count(a, List.of(((PyTuple) self).toArray())));
    }

    private static int indexOf(ThreadState ts, List<PyObject> items, PyObject x, int from) {
        for (int i = from; i < items.size(); i++) {
            if (Ops.equal(ts, items.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    private static PyObject index(Args a, List<PyObject> items, String type) {
        a.expectPositional("index", 1, 3);
        int start = a.size() > 1 ? clamp(a, 1, items.size()) : 0;
        int stop = a.size() > 2 ? clamp(a, 2, items.size()) : items.size();
        int i = indexOf(a.thread(), items.subList(0, Math.max(start, stop)), a.get(0), start);
        if (i < 0) {
            throw PyErrors.valueError(type.equals("list") ? a.get(0).repr() + " is not in list" : "tuple.index(x): x not in tuple");
        }
        return PyInt.of(a.thread(), i);
    }

    /** A start/stop argument of index(): negative from the end, clipped to the sequence. */
    private static int clamp(Args a, int position, int size) {
        long v = Convert.toLong(Numbers.index(a.thread(), a.get(position)), "index");
        if (v < 0) {
            v = Math.max(0, v + size);
        }
        return (int) Math.min(v, size);
    }

    private static PyObject count(Args a, List<PyObject> items) {
        a.expectPositional("count", 1, 1);
        return PyInt.of(a.thread(), items.stream().filter(x -> Ops.equal(a.thread(), x, a.get(0))).count());
    }

    private static PyDict d(PyObject self) {
        return (PyDict) self;
    }

    static PyType.Builder dict(PyType.Builder b) {
        return b
                .method("get", (self, a) -> {
                    a.expectPositional("get", 1, 2);
                    PyObject v = d(self).get(a.get(0));
                    return a.thread().newRef(v != null ? v : a.size() == 2 ? a.get(1) : PyNone.NONE);
                })
                .method("keys", (self, a) -> new DictView(a.thread(), d(self), 0))
                .method("values", (self, a) -> new DictView(a.thread(), d(self), 1))
                .method("items", (self, a) -> new DictView(a.thread(), d(self), 2))
                .method("pop", (self, a) -> {
                    a.expectPositional("pop", 1, 2);
                    PyObject v = d(self).remove(a.thread(), a.get(0));
                    if (v != null) {
                        return v;
                    }
                    if (a.size() == 2) {
                        return a.thread().newRef(a.get(1));
                    }
                    throw PyErrors.keyError(a.get(0));
                })
                .method("popitem", (self, a) -> {
                    a.expectPositional("popitem", 0, 0);
                    List<java.util.Map.Entry<PyObject, PyObject>> entries = d(self).snapshot();
                    if (entries.isEmpty()) {
                        throw PyErrors.keyError(PyStr.constant("popitem(): dictionary is empty"));
                    }
                    PyObject key = entries.get(entries.size() - 1).getKey();
                    a.thread().incref(key);
                    PyObject value = d(self).remove(a.thread(), key);
                    PyTuple pair = new PyTuple(a.thread(), new PyObject[] {key, value});
                    return pair;
                })
                .method("setdefault", (self, a) -> {
                    a.expectPositional("setdefault", 1, 2);
                    PyObject v = d(self).get(a.get(0));
                    if (v == null) {
                        v = a.size() == 2 ? a.get(1) : PyNone.NONE;
                        d(self).put(a.thread(), a.get(0), v);
                    }
                    return a.thread().newRef(v);
                })
                .method("update", (self, a) -> {
                    a.expectPositional("update", 0, 1);
                    update(a.thread(), d(self), a);
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> d(self).copy(a.thread()))
                .method("clear", (self, a) -> { d(self).clear(a.thread()); return PyNone.NONE; })
                .classMethod("fromkeys", (cls, a) -> {
                    a.expectPositional("fromkeys", 1, 2);
                    ThreadState ts = a.thread();
                    PyObject result = ((PyType) cls).construct(Args.of(ts));
                    PyObject value = a.size() == 2 ? a.get(1) : PyNone.NONE;
                    for (PyObject key : Ops.toList(ts, a.get(0))) {
                        Ops.setItem(ts, result, key, value);
                        ts.decref(key);
                    }
                    return result;
                });
    }

    /**
     * dict.update(other, **kwargs) and dict(other, **kwargs): a mapping (a dict, or anything with keys()),
     * or an iterable of key/value pairs, then the keyword arguments.
     */
    static void update(ThreadState ts, PyDict dict, Args a) {
        if (a.size() == 1) {
            PyObject source = a.get(0);
            if (source instanceof PyDict other) {
                other.snapshot().forEach(e -> dict.put(ts, e.getKey(), e.getValue()));
            } else if (source.type().lookup("keys") != null) {
                PyObject keys = Slots.callOptional(ts, source, "keys");
                for (PyObject key : Ops.toList(ts, keys)) {
                    PyObject value = Ops.getItem(ts, source, key);
                    dict.put(ts, key, value);
                    ts.decref(key);
                    ts.decref(value);
                }
                ts.decref(keys);
            } else {
                int n = 0;
                for (PyObject pair : Ops.toList(ts, source)) {
                    List<PyObject> kv;
                    try {
                        kv = Ops.toList(ts, pair);
                    } catch (RuntimeException notIterable) {
                        ts.decref(pair);
                        throw PyErrors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                    }
                    ts.decref(pair);
                    if (kv.size() != 2) {
                        kv.forEach(ts::decref);
                        throw PyErrors.valueError("dictionary update sequence element #" + n + " has length " + kv.size()
                                + "; 2 is required");
                    }
                    dict.put(ts, kv.get(0), kv.get(1));
                    kv.forEach(ts::decref);
                    n++;
                }
            }
        }
        for (String k : a.keywordNames()) {
            dict.put(ts, k, a.keyword(k));
        }
    }

    /** Methods int, bool and float share: conversions, and the attributes numbers have. */
    static PyType.Builder number(PyType.Builder b) {
        return NumberMethods.add(b);
    }

    static PyType.Builder set(PyType.Builder b, boolean frozen) {
        return SetMethods.add(b, frozen);
    }

    static PyType.Builder bytes(PyType.Builder b) {
        return BytesMethods.add(b);
    }

    static PyType.Builder range(PyType.Builder b) {
        return b.getter("start", (ts, self) -> PyInt.of(ts, ((PyRange) self).start))
                .getter("stop", (ts, self) -> PyInt.of(ts, ((PyRange) self).stop))
                .getter("step", (ts, self) -> PyInt.of(ts, ((PyRange) self).step))
                .method("index", (self, a) -> {
                    a.expectPositional("index", 1, 1);
                    PyRange r = (PyRange) self;
                    if (!r.contains(a.thread(), a.get(0))) {
                        throw PyErrors.valueError(a.get(0).repr() + " is not in range");
                    }
                    return PyInt.of(a.thread(), (Numbers.asInt(a.get(0)).value - r.start) / r.step);
                })
                .method("count", (self, a) -> PyInt.of(a.thread(), ((PyRange) self).contains(a.thread(), a.get(0)) ? 1 : 0));
    }
}
