package org.gillab.model.lib;

import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * sys.getsizeof: what CPython 3.11 on a 64-bit machine reports for an object (Python/sysmodule.c
 * _PySys_GetSizeOf: its __sizeof__ plus the garbage collector's header). The model's objects are Java
 * objects of other sizes, so these are CPython's layouts computed from the object's contents: exact for
 * int, float, str, bytes, tuple and None; approximate for containers that over-allocate (list, dict, set
 * depend on how they grew); a class's own __sizeof__ is honoured.
 */
final class SizeOf {
    private SizeOf() {}

    /** PyGC_Head: what a container tracked by the garbage collector carries before its object. */
    private static final long GC_HEAD = 16;

    static long of(ThreadState ts, PyObject o) {
        PyType type = o.type();
        if (type.isHeapType() && type.lookup("__sizeof__") != null) {
            PyObject result = Slots.callOptional(ts, o, "__sizeof__");
            try {
                long size = org.gillab.model.object.Convert.toLong(Numbers.index(ts, result), "__sizeof__");
                if (size < 0) {
                    throw PyErrors.valueError("__sizeof__() should return >= 0");
                }
                return size + GC_HEAD + (o.dictOrNull() != null ? 16 : 0);
            } finally {
                ts.decref(result);
            }
        }
        return builtin(o);
    }

    /**
     * The size of the built-in layout, whatever a class's __sizeof__ says: it runs no Python code and
     * allocates no object, so tracemalloc may measure while an allocation or a free is under way.
     */
    static long builtin(PyObject o) {
        if (o == PyNone.NONE) {
            return 16;
        }
        if (o instanceof PyBool) {
            return 28;
        }
        if (o instanceof PyInt i) {
            int bits = i.big != null ? i.big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(i.value));
            return 24 + 4L * Math.max(1, (bits + 29) / 30); // 30-bit digits, and 0 has one too
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyStr s) {
            return strSize(s.value);
        }
        if (o instanceof PyBytes b) {
            return (b.isMutable() ? 57 : 33) + b.length();
        }
        if (o instanceof PyTuple t) {
            return 24 + GC_HEAD + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 40 + GC_HEAD + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dictSize(d);
        }
        if (o instanceof PySet s) {
            long n = s.size();
            long table = 8;
            while (n * 5 >= table * 3) {
                table *= 4;
            }
            return 200 + GC_HEAD + (table > 8 ? 16 * table : 0);
        }
        if (o instanceof PyModule) {
            return 72;
        }
        if (o instanceof PyType) {
            return 1688;
        }
        if (o instanceof PyInstance) {
            // an instance with a __dict__ (3.11 keeps it before the object) or with __slots__ only
            return o.dictOrNull() != null ? 56 : 24 + GC_HEAD;
        }
        return 48;
    }

    /** PyUnicode's compact layouts: ASCII, Latin-1, UCS-2 or UCS-4 by the widest character. */
    private static long strSize(String s) {
        int max = s.codePoints().max().orElse(0);
        long n = s.codePointCount(0, s.length());
        if (max < 128) {
            return 49 + n;
        }
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        return 72 + (n + 1) * width;
    }

    /** A dict's header and its keys table: the smallest one (of 8, 16, 32... slots) that holds its items. */
    private static long dictSize(PyDict d) {
        long n = d.size();
        long header = 48 + GC_HEAD;
        if (n == 0) {
            return header;
        }
        boolean strKeys = d.snapshot().stream().allMatch(e -> e.getKey() instanceof PyStr);
        long slots = 8;
        while (slots * 2 / 3 < n) {
            slots *= 2;
        }
        long indexBytes = slots <= 128 ? 1 : slots <= 1 << 16 ? 2 : 4;
        return header + 32 + slots * indexBytes + (slots * 2 / 3) * (strKeys ? 16 : 24);
    }
}
