package org.gillab.model.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.gillab.model.HeapStats;

/**
 * One interpreter's object heap, as far as reference counting is concerned: it counts allocations
 * and frees (per thread, summed here) and detects the use of a freed object. Under the safe lock
 * kinds such a use is a bug in the model and raises {@link HeapCorruption}; under {@code unsafe} it is
 * the expected outcome of racing counts and is only counted.
 */
public final class Heap {
    /** The live objects when the heap tracks them (so the reference-count checker can name what leaked), else null. */
    private final Set<PyObject> live;
    /** What every thread state's allocations and frees report to: the live set's observer, tracemalloc's, or null. */
    private AllocationObserver observer;
    private final boolean biased;
    private final boolean strict;
    private final List<ThreadState> threads = new ArrayList<>();
    /** The live containers of finished threads. */
    private final ContainerList retiredContainers;
    /** id() of the objects asked for one. */
    final ObjectIds ids = new ObjectIds();
    /** When the cycle collector runs by itself; gc.enable, disable and the thresholds set it. */
    public final CollectionSchedule schedule = new CollectionSchedule();
    /** While the collector runs (gcstate->collecting); only the thread that collects touches it. */
    boolean collecting;
    private long retiredAllocations;
    private long retiredFrees;
    private long retiredUseAfterFree;

    /**
     * @param biased biased reference counting (free-threaded build) instead of plain read-add-write
     * @param strict raise on a use after free instead of only counting it
     * @param track  remember every live object (for tests: it costs each allocation and free a set update)
     */
    public Heap(boolean biased, boolean strict, boolean track) {
        this.biased = biased;
        this.strict = strict;
        this.retiredContainers = new ContainerList(schedule);
        this.live = track ? Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())) : null;
        this.observer = track ? AllocationObserver.into(live) : null;
    }

    /** Whether {@code n} could be the id() of one of this heap's objects (a number ctypes must not read as an address). */
    public boolean isObjectId(long n) {
        return ids.covers(n);
    }

    /** The observer of allocations now, or null: one that replaces it passes what it sees on to it. */
    public synchronized AllocationObserver observer() {
        return observer;
    }

    /**
     * Makes {@code newObserver} (or null: none) see every allocation and free of the heap's threads, those
     * running and those to come. A thread sees the change once it next takes the GIL (under the free-threaded
     * kind, at its next synchronisation), as CPython's tracemalloc.start() affects other threads.
     */
    public synchronized void observe(AllocationObserver newObserver) {
        observer = newObserver;
        for (ThreadState ts : threads) {
            ts.observer = newObserver;
        }
    }

    /** A new thread of this heap, calling through {@code invoker}. */
    public synchronized ThreadState register(String name, Invoker invoker) {
        ThreadState ts = new ThreadState(this, name, biased, invoker, observer);
        threads.add(ts);
        return ts;
    }

    /** The thread states not yet finished, the newest first (as CPython's interp->threads lists them). */
    public synchronized List<ThreadState> threads() {
        List<ThreadState> newestFirst = new ArrayList<>(threads);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    synchronized void retire(ThreadState ts) {
        if (threads.remove(ts)) {
            retiredAllocations += ts.allocations;
            retiredFrees += ts.frees;
            retiredUseAfterFree += ts.useAfterFree;
            retiredContainers.addLiveOf(ts.containers);
        }
    }

    /**
     * The live containers, the finished threads' first and then each thread's in the order it made them.
     * Exact only while no other thread of the heap runs Python code (under a GIL: while the caller holds it).
     */
    public synchronized List<PyObject> liveContainers() {
        List<PyObject> out = new ArrayList<>();
        retiredContainers.collectLive(out);
        for (ThreadState ts : threads) {
            ts.containers.collectLive(out);
        }
        return out;
    }

    /** After a collection, every other thread still: the lists drop the freed, and growth counts from what lives. */
    synchronized void recountContainers() {
        long live = retiredContainers.recount();
        for (ThreadState ts : threads) {
            live += ts.containers.recount();
            ts.collectionDue = false;
        }
        schedule.collected(live);
    }

    /** Whether a lock keeps every other thread still while one holds it: a collection then needs no other pause. */
    public boolean hasLock() {
        return strict && !biased;
    }

    /** The objects alive now when the heap tracks them, else an empty list. */
    public List<PyObject> liveObjects() {
        if (live == null) {
            return List.of();
        }
        synchronized (live) {
            return new ArrayList<>(live);
        }
    }

    void reportUseAfterFree(PyObject o) {
        if (strict) {
            throw new HeapCorruption("use after free: a " + o.type().name()
                    + " object was used after its reference count reached zero and it was freed");
        }
    }

    void reportCollectorError(PyObject o) {
        if (strict) {
            throw new HeapCorruption("cycle collector: a " + o.type().name() + " object found unreachable still had "
                    + (o.refcount() - 1) + " references after the garbage dropped its own");
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
