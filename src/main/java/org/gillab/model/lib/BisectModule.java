package org.gillab.model.lib;

import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * The _bisect module (Modules/_bisectmodule.c): binary search of a sorted sequence, and insertion that
 * keeps it sorted, with lo/hi bounds and a key function (3.10+). Any sequence with __len__ and
 * __getitem__ works; insort calls the sequence's own insert() unless it is exactly a list.
 */
final class BisectModule {
    private BisectModule() {}

    private static final String[] PARAMETERS = {"a", "x", "lo", "hi", "key"};

    static PyModule create() {
        return new PyModule("_bisect", true)
                .function("bisect_right", args -> PyInt.of(args.thread(), search(args, "bisect_right", true)))
                .function("bisect_left", args -> PyInt.of(args.thread(), search(args, "bisect_left", false)))
                .function("insort_right", args -> insort(args, "insort_right", true))
                .function("insort_left", args -> insort(args, "insort_left", false));
    }

    /** bisect_right / bisect_left: the insertion point of x in a[lo:hi], after (right) or before (left) equal items. */
    private static long search(Args args, String name, boolean right) {
        PyObject[] a = args.bind(name, 2, 4, PARAMETERS);
        PyObject key = a[4] == null ? PyNone.NONE : a[4];
        return search(args.thread(), a[0], a[1], a[2], a[3], key, right);
    }

    /** insort_right / insort_left: inserts x where bisect puts key(x). */
    private static PyObject insort(Args args, String name, boolean right) {
        ThreadState ts = args.thread();
        PyObject[] a = args.bind(name, 2, 4, PARAMETERS);
        PyObject sequence = a[0];
        PyObject item = a[1];
        PyObject key = a[4] == null ? PyNone.NONE : a[4];
        long index;
        if (key == PyNone.NONE) {
            index = search(ts, sequence, item, a[2], a[3], key, right);
        } else {
            PyObject itemKey = ts.call(key, item);
            try {
                index = search(ts, sequence, itemKey, a[2], a[3], key, right);
            } finally {
                ts.decref(itemKey);
            }
        }
        if (sequence instanceof PyList list && list.type() == Types.LIST) {
            list.insert(ts, (int) Math.min(index, list.size()), item);
        } else {
            PyObject position = PyInt.of(ts, index);
            try {
                ts.decref(ts.callMethod(sequence, "insert", position, item));
            } finally {
                ts.decref(position);
            }
        }
        return PyNone.NONE;
    }

    private static long search(ThreadState ts, PyObject sequence, PyObject x, PyObject loArg, PyObject hiArg, PyObject key,
            boolean right) {
        long lo = loArg == null ? 0 : Clinic.ssize(ts, loArg);
        if (lo < 0) {
            throw PyErrors.valueError("lo must be non-negative");
        }
        // hi=None, and (a quirk of the C signature) hi=-1, both mean len(a).
        long hi = hiArg == null || hiArg == PyNone.NONE ? -1 : Clinic.ssize(ts, hiArg);
        if (hi == -1) {
            hi = Ops.len(ts, sequence);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject position = PyInt.of(ts, mid);
            PyObject item;
            try {
                item = Ops.getItem(ts, sequence, position);
            } finally {
                ts.decref(position);
            }
            if (key != PyNone.NONE) {
                try {
                    PyObject k = ts.call(key, item);
                    ts.decref(item);
                    item = k;
                } catch (RuntimeException e) {
                    ts.decref(item);
                    throw e;
                }
            }
            boolean goLeft;
            try {
                goLeft = right ? Ops.compare(ts, CompareOperator.LT, x, item) : !Ops.compare(ts, CompareOperator.LT, item, x);
            } finally {
                ts.decref(item);
            }
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
