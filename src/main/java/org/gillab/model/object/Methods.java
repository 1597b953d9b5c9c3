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

    static PyType.Builder list(PyType.Builder b) {
        return new ItemLocked(b)
                .method("append", (self, a) -> { a.expectPositional("append", 1, 1); l(self).append(a.thread(), a.get(0)); return PyNone.NONE; })
                .method("extend", (self, a) -> { a.expectPositional("extend", 1, 1); Ops.extend(a.thread(), l(self), a.get(0)); return PyNone.NONE; })
                .method("insert", (self, a) -> {
                    a.expectPositional("insert", 2, 2);
                    int size = l(self).size();
                    long i = Convert.toLong(a.get(0), "insert");
                    i = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
                    l(self).insert(a.thread(), (int) i, a.get(1));
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> {
                    a.expectPositional("pop", 0, 1);
                    PyList list = l(self);
                    if (list.size() == 0) {
                        throw PyErrors.indexError("pop from empty list");
                    }
                    long i = a.size() == 0 ? -1 : Convert.toLong(a.get(0), "pop");
                    if (i < 0) {
                        i += list.size();
                    }
                    if (i < 0 || i >= list.size()) {
                        throw PyErrors.indexError("pop index out of range");
                    }
                    return list.remove((int) i);
                })
                .method("remove", (self, a) -> {
                    a.expectPositional("remove", 1, 1);
                    int i = indexOf(l(self).items(), a.get(0));
                    if (i < 0) {
                        throw PyErrors.valueError("list.remove(x): x not in list");
                    }
                    a.thread().decref(l(self).remove(i));
                    return PyNone.NONE;
                })
                .method("index", (self, a) -> index(a, l(self).items(), "list"))
                .method("count", (self, a) -> count(a, l(self).items()))
                .method("reverse", (self, a) -> { java.util.Collections.reverse(l(self).items()); return PyNone.NONE; })
                .method("clear", (self, a) -> {
                    List<PyObject> items = new ArrayList<>(l(self).items());
                    l(self).items().clear();
                    items.forEach(a.thread()::decref);
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> {
                    PyList copy = new PyList(a.thread());
                    l(self).items().forEach(item -> copy.append(a.thread(), item));
                    return copy;
                })
                .method("sort", (self, a) -> {
                    PyObject[] p = a.bind("sort", 0, "key", "reverse");
                    ListSort.sort(a.thread(), l(self), p[0], p[1] != null && p[1].truthy());
                    return PyNone.NONE;
                }).builder();
    }

    /**
     * Registers list methods that run under the list's lock (free-threading's per-object critical
     * section), so check-then-act sequences such as pop's are atomic. sort is left out: its key function
     * runs Python code, which may wait for the GIL, and must not do so holding the list's lock.
     */
    private record ItemLocked(PyType.Builder builder) {
        ItemLocked method(String name, NativeMethod method) {
            builder.method(name, name.equals("sort") ? method : (self, a) -> {
                synchronized (self) {
                    return method.call(self, a);
                }
            });
            return this;
        }
    }

    static PyType.Builder tuple(PyType.Builder b) {
        return b
                .method("index", (self, a) -> index(a, List.of(((PyTuple) self).toArray()), "tuple"))
                .method("count", (self, a) -> count(a, List.of(((PyTuple) self).toArray())));
    }

    private static int indexOf(List<PyObject> items, PyObject x) {
        for (int i = 0; i < items.size(); i++) {
            if (Ops.equal(items.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    private static PyObject index(Args a, List<PyObject> items, String type) {
        a.expectPositional("index", 1, 1);
        int i = indexOf(items, a.get(0));
        if (i < 0) {
            throw PyErrors.valueError(type.equals("list") ? a.get(0).repr() + " is not in list" : "tuple.index(x): x not in tuple");
        }
        return PyInt.of(a.thread(), i);
    }

    private static PyObject count(Args a, List<PyObject> items) {
        a.expectPositional("count", 1, 1);
        return PyInt.of(a.thread(), items.stream().filter(x -> Ops.equal(x, a.get(0))).count());
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
                .method("keys", (self, a) -> view(a, d(self), 0))
                .method("values", (self, a) -> view(a, d(self), 1))
                .method("items", (self, a) -> view(a, d(self), 2))
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
                    a.expectPositional("update", 1, 1);
                    if (!(a.get(0) instanceof PyDict other)) {
                        throw PyErrors.typeError("the model's dict.update takes a dict");
                    }
                    new ArrayList<>(other.entries().entrySet()).forEach(e -> d(self).put(a.thread(), e.getKey(), e.getValue()));
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> {
                    PyDict copy = new PyDict(a.thread());
                    d(self).entries().forEach((k, v) -> copy.put(a.thread(), k, v));
                    return copy;
                })
                .method("clear", (self, a) -> { d(self).clear(a.thread()); return PyNone.NONE; });
    }

    /** keys()/values()/items() as lists: the model has no dict view objects. */
    private static PyObject view(Args a, PyDict dict, int what) {
        a.expectPositional(what == 0 ? "keys" : what == 1 ? "values" : "items", 0, 0);
        ThreadState ts = a.thread();
        PyList result = new PyList(ts);
        dict.entries().forEach((k, v) -> {
            if (what == 2) {
                result.appendOwned(PyTuple.of(ts, k, v));
            } else {
                result.append(ts, what == 0 ? k : v);
            }
        });
        return result;
    }
}
