package org.gillab.model.object;

/** range(start, stop, step) over longs. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(ThreadState ts, long start, long stop, long step) {
        super(ts);
        if (step == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public boolean truthy() {
        return length() > 0;
    }
}
