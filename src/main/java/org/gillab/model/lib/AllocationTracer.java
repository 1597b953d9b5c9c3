package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.object.AllocationObserver;
import org.gillab.model.object.Heap;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * One interpreter's tracemalloc state (Modules/_tracemalloc.c's traces table and counters), written for
 * the model: the model has no memory blocks, so each object is one trace, its traceback the allocating
 * thread's innermost frames when its constructor began and its size sys.getsizeof's built-in layout.
 *
 * <p>A size is measured lazily, once, when first needed: when the object is freed, or when
 * get_traced_memory, reset_peak or a snapshot asks (a constructor has not finished when the allocation
 * is seen, and measuring then would read a half-built object). The peak is therefore the highest total
 * seen at those moments: objects that live and die between two of them count one at a time.
 */
final class AllocationTracer implements AllocationObserver {
    /** tracemalloc's frame: a file name and a line. */
    record Site(String filename, int line) {}

    /** A traceback: its frames, the most recent first, and how many frames the stack had in all. */
    record Where(List<Site> frames, int total) {}

    /** A trace: where its object was allocated, and its size once measured. */
    private static final class Trace {
        final Where where;
        long size = -1;

        Trace(Where where) {
            this.where = where;
        }
    }

    /** One traced object as a snapshot copies it. */
    record Traced(long size, Where where) {}

    /** A frame for an allocation made with no Python frame running (_tracemalloc.c's unknown frame). */
    private static final Where UNKNOWN = new Where(List.of(new Site("<unknown>", 0)), 1);

    private final Heap heap;
    /** The observer that was there before start() (tests' leak tracking): told everything too. */
    private AllocationObserver next;
    private boolean tracing;
    private int limit = 1;
    private final Map<PyObject, Trace> traces = new IdentityHashMap<>();
    /** Each traceback once, as _tracemalloc.c's tracebacks table shares them between traces. */
    private final Map<Where, Where> tracebacks = new HashMap<>();
    private long current;
    private long peak;
    /** Where an allocation's frames are read into, {@link #limit} long (the tracer's lock guards them). */
    private PyCode[] codes = new PyCode[1];
    private int[] lines = new int[1];

    AllocationTracer(Heap heap) {
        this.heap = heap;
    }

    synchronized boolean tracing() {
        return tracing;
    }

    synchronized int limit() {
        return limit;
    }

    /** tracemalloc.start: while already tracing, nothing changes, the number of frames included. */
    synchronized void start(int nframe) {
        if (!tracing) {
            limit = nframe;
            tracing = true;
            next = heap.observer();
            heap.observe(this);
        }
    }

    /** tracemalloc.stop: the traces go too. */
    synchronized void stop() {
        if (tracing) {
            heap.observe(next); // kept in next: a thread that has not seen the change yet still reports here
            tracing = false;
            clear();
        }
    }

    synchronized void clear() {
        traces.clear();
        tracebacks.clear();
        current = 0;
        peak = 0;
    }

    @Override
    public boolean wantsPositions() {
        return true;
    }

    @Override
    public synchronized void allocated(ThreadState ts, PyObject o) {
        if (next != null) {
            next.allocated(ts, o);
        }
        if (tracing) {
            traces.put(o, new Trace(where(ts)));
        }
    }

    /**
     * A traced object is freed: its size leaves the total, measured first if it had none (outside the
     * tracer's lock, as every measurement: measuring a dict takes the dict's lock, and a thread that holds
     * a container's lock may free what the container held, so the tracer's must never come first).
     */
    @Override
    public void freed(ThreadState ts, PyObject o) {
        Trace trace;
        synchronized (this) {
            if (next != null) {
                next.freed(ts, o);
            }
            trace = traces.get(o);
            if (trace == null) {
                return;
            }
            if (trace.size >= 0) {
                traces.remove(o);
                current -= trace.size;
                return;
            }
        }
        long size = SizeOf.builtin(o);
        synchronized (this) {
            if (traces.remove(o) == trace) { // not cleared meanwhile
                settle(trace, size);
                current -= trace.size;
            }
        }
    }

    /** The interned traceback of an allocation by {@code ts} now. */
    private Where where(ThreadState ts) {
        if (codes.length != limit) {
            codes = new PyCode[limit];
            lines = new int[limit];
        }
        int total = InterpreterState.positions(ts, codes, lines);
        if (total == 0) {
            return UNKNOWN;
        }
        Site[] frames = new Site[Math.min(total, limit)];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new Site(codes[i].filename, lines[i]);
        }
        return tracebacks.computeIfAbsent(new Where(List.of(frames), total), w -> w);
    }

    /** Gives {@code trace} the size measured for it unless it has one, counted in the total and the peak. */
    private void settle(Trace trace, long size) {
        if (trace.size < 0) {
            trace.size = size;
            current += size;
            peak = Math.max(peak, current);
        }
    }

    /** Measures every trace without a size, outside the lock (see {@link #freed}). */
    private void measureAll() {
        List<Map.Entry<PyObject, Trace>> unmeasured = new ArrayList<>();
        synchronized (this) {
            for (Map.Entry<PyObject, Trace> e : traces.entrySet()) {
                if (e.getValue().size < 0) {
                    unmeasured.add(Map.entry(e.getKey(), e.getValue()));
                }
            }
        }
        long[] sizes = new long[unmeasured.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = SizeOf.builtin(unmeasured.get(i).getKey());
        }
        synchronized (this) {
            for (int i = 0; i < sizes.length; i++) {
                Map.Entry<PyObject, Trace> e = unmeasured.get(i);
                if (traces.get(e.getKey()) == e.getValue()) { // neither freed nor cleared meanwhile
                    settle(e.getValue(), sizes[i]);
                }
            }
        }
    }

    /** get_traced_memory: {current, peak}. */
    long[] memory() {
        measureAll();
        synchronized (this) {
            return new long[] {current, peak};
        }
    }

    void resetPeak() {
        measureAll();
        synchronized (this) {
            peak = current;
        }
    }

    /** get_tracemalloc_memory: what the tables would take in CPython, a pointer and a record per entry. */
    synchronized long ownMemory() {
        return 48L * traces.size() + 64L * tracebacks.size();
    }

    /** The traceback of {@code o}'s allocation, or null when it was not traced. */
    synchronized Where whereOf(PyObject o) {
        Trace trace = traces.get(o);
        return trace == null ? null : trace.where;
    }

    /**
     * A copy of the traces, for a snapshot: those measured, which leaves out only objects that other threads
     * allocated while the others were measured, as if the snapshot had been taken just before.
     */
    List<Traced> traces() {
        measureAll();
        synchronized (this) {
            List<Traced> out = new ArrayList<>(traces.size());
            for (Trace trace : traces.values()) {
                if (trace.size >= 0) {
                    out.add(new Traced(trace.size, trace.where));
                }
            }
            return out;
        }
    }
}
