package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.HeapStats;

/**
 * One interpreter's object heap, as far as reference counting is concerned: it counts allocations
 * and frees (per thread, summed here) and detects the use of a freed object. Under the safe lock
 * kinds such a use is a bug in the model and raises {@link HeapCorruption}; under {@code unsafe} it is
 * the expected outcome of racing counts and is only counted.
 */
public final class Heap {
    private final boolean biased;
    private final boolean strict;
    private final List<ThreadState> threads = new ArrayList<>();
    private long retiredAllocations;
    private long retiredFrees;
    private long retiredUseAfterFree;

    /**
     * @param biased biased reference counting (free-threaded build) instead of plain read-add-write
     * @param strict raise on a use after free instead of only counting it
     */
    public Heap(boolean biased, boolean strict) {
        this.biased = biased;
        this.strict = strict;
    }

    /** A new thread of this heap, calling through {@code invoker}. */
    public synchronized ThreadState register(String name, Invoker invoker) {
        ThreadState ts = new ThreadState(this, name, biased, invoker);
        threads.add(ts);
        return ts;
    }

    synchronized void retire(ThreadState ts) {
        if (threads.remove(ts)) {
            retiredAllocations += ts.allocations;
            retiredFrees += ts.frees;
            retiredUseAfterFree += ts.useAfterFree;
        }
    }

    void reportUseAfterFree(PyObject o) {
        if (strict) {
            throw new HeapCorruption("use after free: a " + o.type().name()
                    + " object was used after its reference count reached zero and it was freed");
        }
    }

    /** Counters so far; exact once no thread of the interpreter is running. */
    public synchronized HeapStats stats() {
        long allocations = retiredAllocations;
        long frees = retiredFrees;
        long useAfterFree = retiredUseAfterFree;
        for (ThreadState ts : threads) {
            allocations += ts.allocations;
            frees += ts.frees;
            useAfterFree += ts.useAfterFree;
        }
        return new HeapStats(allocations, frees, useAfterFree);
    }
}
