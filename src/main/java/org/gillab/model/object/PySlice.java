package org.gillab.model.object;

import java.util.function.Consumer;

/** slice(start, stop, step), made by BUILD_SLICE for a[i:j:k]; bounds may be None. */
public final class PySlice extends PyObject {
    final PyObject start;
    final PyObject stop;
    final PyObject step;

    /** The bounds are borrowed; the slice takes its own references. */
    public PySlice(ThreadState ts, PyObject start, PyObject stop, PyObject step) {
        super(ts);
        this.start = ts.newRef(start);
        this.stop = ts.newRef(stop);
        this.step = ts.newRef(step);
    }

    /** PySlice_GetIndicesEx: {start, stop, step, length} clipped to a sequence of {@code size} items. */
    public long[] indices(ThreadState ts, long size) {
        long st = step instanceof PyNone ? 1 : Convert.toLong(Numbers.index(ts, step), "slice");
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? size - 1 : size;
        long a = bound(ts, start, st < 0 ? upper : lower, size, lower, upper);
        long b = bound(ts, stop, st < 0 ? lower : upper, size, lower, upper);
        long length = st > 0 ? (a < b ? (b - a - 1) / st + 1 : 0) : (b < a ? (a - b - 1) / -st + 1 : 0);
        return new long[] {a, b, st, length};
    }

    private static long bound(ThreadState ts, PyObject value, long dflt, long size, long lower, long upper) {
        if (value instanceof PyNone) {
            return dflt;
        }
        PyInt i = Numbers.asInt(value);
        if (i == null && value.type().lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        i = Numbers.index(ts, value);
        long v = i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
        if (v < 0) {
            v = Math.max(v + size, lower);
        } else {
            v = Math.min(v, upper);
        }
        return v;
    }

    /** (start, stop, step), new references. */
    PyTuple asTuple(ThreadState ts) {
        return PyTuple.of(ts, start, stop, step);
    }

    @Override
    public PyType type() {
        return Types.SLICE;
    }

    @Override
    protected String builtinRepr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(start);
        ts.decref(stop);
        ts.decref(step);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(start);
        visit.accept(stop);
        visit.accept(step);
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: 'slice'");
    }
}
