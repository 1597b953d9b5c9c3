package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** The methods of bytes and bytearray programs use most (Objects/bytesobject.c, bytearrayobject.c). */
final class BytesMethods {
    private BytesMethods() {}

    private static PyBytes b(PyObject self) {
        return (PyBytes) self;
    }

    static PyType.Builder add(PyType.Builder builder) {
        return builder
                .method("decode", (self, a) -> {
                    PyObject[] p = a.bind("decode", 0, "encoding", "errors");
                    return new PyStr(a.thread(), b(self).decode(p[0] == null ? "utf-8" : p[0].str(),
                            p[1] == null ? "strict" : p[1].str()));
                })
                .method("hex", (self, a) -> new PyStr(a.thread(), HexFormat.of().formatHex(b(self).value())))
                .classMethod("fromhex", (cls, a) -> {
                    a.expectPositional("fromhex", 1, 1);
                    String text = a.get(0).str().replace(" ", "");
                    try {
                        return new PyBytes(a.thread(), HexFormat.of().parseHex(text), cls == Types.BYTEARRAY);
                    } catch (IllegalArgumentException e) {
                        throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg");
                    }
                })
                .method("join", (self, a) -> {
                    a.expectPositional("join", 1, 1);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] sep = b(self).value();
                    boolean first = true;
                    for (PyObject item : Ops.toList(a.thread(), a.get(0))) {
                        if (!(item instanceof PyBytes piece)) {
                            a.thread().decref(item);
                            throw PyErrors.typeError("sequence item: expected a bytes-like object, " + item.type().name() + " found");
                        }
                        if (!first) {
                            out.writeBytes(sep);
                        }
                        out.writeBytes(piece.value());
                        first = false;
                        a.thread().decref(item);
                    }
                    return new PyBytes(a.thread(), out.toByteArray(), b(self).mutable);
                })
                .method("startswith", (self, a) -> PyBool.of(new String(b(self).value(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .startsWith(latin1(a.get(0)))))
                .method("endswith", (self, a) -> PyBool.of(new String(b(self).value(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .endsWith(latin1(a.get(0)))))
                .method("find", (self, a) -> PyInt.of(a.thread(), latin1(self).indexOf(latin1(a.get(0)))))
                .method("count", (self, a) -> {
                    String s = latin1(self);
                    String sub = latin1(a.get(0));
                    long n = 0;
                    for (int i = s.indexOf(sub); i >= 0 && !sub.isEmpty(); i = s.indexOf(sub, i + sub.length())) {
                        n++;
                    }
                    return PyInt.of(a.thread(), sub.isEmpty() ? s.length() + 1 : n);
                })
                .method("upper", (self, a) -> fromLatin1(a.thread(), latin1(self).toUpperCase(java.util.Locale.ROOT), b(self).mutable))
                .method("lower", (self, a) -> fromLatin1(a.thread(), latin1(self).toLowerCase(java.util.Locale.ROOT), b(self).mutable))
                .method("strip", (self, a) -> fromLatin1(a.thread(), latin1(self).strip(), b(self).mutable))
                .method("replace", (self, a) -> {
                    a.expectPositional("replace", 2, 2);
                    return fromLatin1(a.thread(), latin1(self).replace(latin1(a.get(0)), latin1(a.get(1))), b(self).mutable);
                })
                .method("split", (self, a) -> {
                    PyObject[] p = a.bind("split", 0, "sep", "maxsplit");
                    PyList result = new PyList(a.thread());
                    String s = latin1(self);
                    String[] parts = p[0] == null || p[0] == PyNone.NONE ? s.strip().split("\\s+")
                            : s.split(java.util.regex.Pattern.quote(latin1(p[0])), -1);
                    for (String part : parts) {
                        if (p[0] == null && part.isEmpty()) {
                            continue;
                        }
                        result.appendOwned(fromLatin1(a.thread(), part, b(self).mutable));
                    }
                    return result;
                })
                .method("append", (self, a) -> {
                    requireMutable(self, "append");
                    a.expectPositional("append", 1, 1);
                    b(self).append(new byte[] {PyBytes.toByte(a.get(0))});
                    return PyNone.NONE;
                })
                .method("extend", (self, a) -> {
                    requireMutable(self, "extend");
                    a.expectPositional("extend", 1, 1);
                    PyObject more = a.get(0) instanceof PyBytes x ? a.thread().newRef(x) : PyBytes.construct(Args.of(a.thread(), a.get(0)));
                    b(self).append(((PyBytes) more).value());
                    a.thread().decref(more);
                    return PyNone.NONE;
                });
    }

    private static void requireMutable(PyObject self, String method) {
        if (!b(self).mutable) {
            throw PyErrors.attributeError("'bytes' object has no attribute '" + method + "'");
        }
    }

    /** Bytes as a latin-1 string: one char per byte, for the text-like methods. */
    private static String latin1(PyObject o) {
        if (!(o instanceof PyBytes bytes)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return new String(bytes.value(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static PyObject fromLatin1(ThreadState ts, String s, boolean mutable) {
        return new PyBytes(ts, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), mutable);
    }
}
