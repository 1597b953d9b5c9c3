package org.gillab.model.lib;

import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * The _heapq module (Modules/_heapqmodule.c): the heap primitives over a list, which heapq.py re-exports
 * and builds merge, nsmallest and nlargest on. A min-heap keeps heap[k] <= heap[2k+1] and heap[2k+2];
 * the _max variants keep the reverse. Items are compared with {@code <} only, in the same order as
 * CPython, so the resulting layouts (and what a printing __lt__ shows) are CPython's; a comparison that
 * changes the list's size raises RuntimeError as CPython's does.
 */
final class HeapqModule {
    private HeapqModule() {}

    static PyModule create() {
        return new PyModule("_heapq", true)
                .function("heappush", args -> push(args, "heappush"))
                .function("heappop", args -> pop(args, "heappop", false))
                .function("heapify", args -> heapify(args, "heapify", false))
                .function("heapreplace", args -> replace(args, "heapreplace", false))
                .function("heappushpop", HeapqModule::pushPop)
                .function("_heappop_max", args -> pop(args, "_heappop_max", true))
                .function("_heapify_max", args -> heapify(args, "_heapify_max", true))
                .function("_heapreplace_max", args -> replace(args, "_heapreplace_max", true));
    }

    private static PyList heapArgument(PyObject o, String name, boolean only) {
        if (!(o instanceof PyList heap)) {
            throw PyErrors.badArgument(name + "() argument" + (only ? "" : " 1"), "list", o);
        }
        return heap;
    }

    private static PyObject push(Args args, String name) {
        args.checkPositional(name, "_heapq." + name, 2, 2);
        PyList heap = heapArgument(args.get(0), name, false);
        heap.append(args.thread(), args.get(1));
        siftDown(args.thread(), heap, 0, heap.size() - 1, false);
        return PyNone.NONE;
    }

    private static PyObject pop(Args args, String name, boolean max) {
        PyList heap = heapArgument(args.oneArg("_heapq." + name), name, true);
        int n = heap.size();
        if (n == 0) {
            throw PyErrors.indexError("index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n == 1) {
            return last;
        }
        PyObject top = args.thread().newRef(heap.get(0));
        heap.set(args.thread(), 0, last);
        args.thread().decref(last);
        siftUp(args.thread(), heap, 0, max);
        return top;
    }

    private static PyObject heapify(Args args, String name, boolean max) {
        PyList heap = heapArgument(args.oneArg("_heapq." + name), name, true);
        // Bottom-up: every subtree is a heap before its root is sifted (CPython visits the nodes of
        // large heaps in a cache-friendlier order, which gives the same layout).
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(args.thread(), heap, i, max);
        }
        return PyNone.NONE;
    }

    private static PyObject replace(Args args, String name, boolean max) {
        args.checkPositional(name, "_heapq." + name, 2, 2);
        PyList heap = heapArgument(args.get(0), name, false);
        if (heap.size() == 0) {
            throw PyErrors.indexError("index out of range");
        }
        return swapTop(args.thread(), heap, args.get(1), max);
    }

    /** heappushpop(heap, item): item when it is not above the top, else the top, replaced by item. */
    private static PyObject pushPop(Args args) {
        args.checkPositional("heappushpop", "_heapq.heappushpop", 2, 2);
        ThreadState ts = args.thread();
        PyList heap = heapArgument(args.get(0), "heappushpop", false);
        PyObject item = args.get(1);
        if (heap.size() == 0) {
            return ts.newRef(item);
        }
        PyObject top = ts.newRef(heap.get(0));
        boolean topIsLess;
        try {
            topIsLess = Ops.compare(ts, CompareOperator.LT, top, item);
        } finally {
            ts.decref(top);
        }
        if (!topIsLess) {
            return ts.newRef(item);
        }
        if (heap.size() == 0) {
            throw PyErrors.indexError("index out of range");
        }
        return swapTop(ts, heap, item, false);
    }

    /** Returns the top (a new reference), puts item in its place and sifts it down to where it belongs. */
    private static PyObject swapTop(ThreadState ts, PyList heap, PyObject item, boolean max) {
        PyObject top = ts.newRef(heap.get(0));
        heap.set(ts, 0, item);
        siftUp(ts, heap, 0, max);
        return top;
    }

    /** Whether a sorts before b in this heap: a < b for a min-heap, b < a for a max-heap. */
    private static boolean before(ThreadState ts, PyList heap, PyObject a, PyObject b, boolean max) {
        int size = heap.size();
        ts.incref(a);
        ts.incref(b);
        boolean result;
        try {
            result = max ? Ops.compare(ts, CompareOperator.LT, b, a) : Ops.compare(ts, CompareOperator.LT, a, b);
        } finally {
            ts.decref(a);
            ts.decref(b);
        }
        if (heap.size() != size) {
            throw PyErrors.runtimeError("list changed size during iteration");
        }
        return result;
    }

    /** Moves the item at pos up towards start while it sorts before its parent (_siftdown in heapq.py's terms). */
    private static void siftDown(ThreadState ts, PyList heap, int start, int pos, boolean max) {
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            if (!before(ts, heap, heap.get(pos), heap.get(parent), max)) {
                break;
            }
            swap(heap, pos, parent);
            pos = parent;
        }
    }

    /**
     * Moves the item at pos down to a leaf, always along the child that sorts first, then back up to its
     * place (_siftup): fewer comparisons than stopping early, and the layout CPython produces.
     */
    private static void siftUp(ThreadState ts, PyList heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end && !before(ts, heap, heap.get(child), heap.get(child + 1), max)) {
                child++;
            }
            swap(heap, pos, child);
            pos = child;
        }
        siftDown(ts, heap, start, pos, max);
    }

    /** Exchanges two items; their references stay with the list. */
    private static void swap(PyList heap, int i, int j) {
        synchronized (heap) {
            var items = heap.items();
            if (i >= items.size() || j >= items.size()) {
                throw PyErrors.runtimeError("list changed size during iteration");
            }
            items.set(i, items.set(j, items.get(i)));
        }
    }
}
