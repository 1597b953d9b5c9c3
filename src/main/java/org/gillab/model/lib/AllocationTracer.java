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

    @Override
    public synchronized void freed(ThreadState ts, PyObject o) {
        if (next != null) {
            next.freed(ts, o);
        }
        Trace trace = traces.remove(o);
        if (trace != null) {
            measure(o, trace);
            current -= trace.size;
        }
    }

    /** The interned traceback of an allocation by {@code ts} now. */
    private Where where(ThreadState ts) {
        PyCode[] codes = new PyCode[limit];
        int[] lines = new int[limit];
        int total = InterpreterState.positions(ts, codes, lines);
        if (total == 0) {
            return UNKNOWN;
        }
        List<Site> frames = new ArrayList<>(Math.min(total, limit));
        for (int i = 0; i < limit && i < total; i++) {
            frames.add(new Site(codes[i].filename, lines[i]));
        }
        return tracebacks.computeIfAbsent(new Where(List.copyOf(frames), total), w -> w);
    }

    /** Gives {@code trace} its object's size if it has none yet, counted in the current total and the peak. */
    private void measure(PyObject o, Trace trace) {
        if (trace.size < 0) {
            trace.size = SizeOf.builtin(o);
            current += trace.size;
            peak = Math.max(peak, current);
        }
    }

    private void measureAll() {
        traces.forEach(this::measure);
    }

    /** get_traced_memory: {current, peak}. */
    synchronized long[] memory() {
        measureAll();
        return new long[] {current, peak};
    }

    synchronized void resetPeak() {
        measureAll();
        peak = current;
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

    /** A copy of every trace, measured, for a snapshot. */
    synchronized List<Traced> traces() {
        measureAll();
        List<Traced> out = new ArrayList<>(traces.size());
        for (Trace trace : traces.values()) {
            out.add(new Traced(trace.size, trace.where));
        }
        return out;
    }
}
