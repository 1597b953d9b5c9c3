package org.gillab.model.object;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.gillab.model.gil.GilThread;

/**
 * One Python thread of one interpreter (CPython's PyThreadState): its membership of the GIL, its
 * reference-counting strategy and its share of the heap's counters. Every counter here is written by
 * its own thread only, so counting allocations costs no atomic operation even without a GIL.
 */
public final class ThreadState {
    private final Heap heap;
    private volatile String name;
    private final GilThread gilThread;
    /** Free-threaded build: biased reference counting instead of plain read-add-write. */
    private final boolean biased;
    /** The interpreter's call machinery, so native code can call back into Python. */
    private final Invoker invoker;

    /** Python call depth, for RecursionError. */
    private int depth;

    /**
     * The exception being handled (sys.exc_info), as CPython's chain of _PyErr_StackItem: each running
     * generator pushes its own item while it runs, so a generator's handled exception stays its own.
     */
    public ExcInfo excInfo = new ExcInfo(null);

    /** One link of the handled-exception chain: the exception an except or finally block is handling, or null. */
    public static final class ExcInfo {
        public PyObject value;
        public ExcInfo previous;

        public ExcInfo(ExcInfo previous) {
            this.previous = previous;
        }
    }

    /** _PyErr_GetTopmostException: the innermost exception being handled along the chain, or null. */
    public PyObject handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null && e.value != PyNone.NONE) {
                return e.value;
            }
        }
        return null;
    }

    /** sys.set_asyncgen_hooks' firstiter and finalizer (tstate->async_gen_firstiter, _finalizer): owned, or null. */
    public PyObject asyncGenFirstIter;
    public PyObject asyncGenFinalizer;

    /** The innermost running Python frame (a vm Frame), for super(), sys._getframe, tracebacks. */
    public Object frame;

    /** The profiler this thread reports its calls to (sys.setprofile's, as cProfile installs it), or null. */
    public ProfileHook profileHook;

    /** sys.settrace's function (tstate->c_traceobj), owned, or null: each frame started from then on reports to it. */
    public PyObject traceFunction;

    /** How many trace or profile functions are running (tstate->tracing): their own calls report nothing. */
    public int tracing;

    /** The identity of the thread running this state (threading.get_ident()), once it has entered; else 0. */
    public volatile long ident;

    /*
     * Padding: the counters below are written at every allocation and free, by this thread alone. The
     * collector copies the heap's list of thread states to adjacent addresses, so without 64 bytes of
     * never-written fields on each side, two free-threaded threads wrote the same cache line at every
     * allocation and two countdowns ran no faster than one (20M: 0.43-0.53 s against 0.52-0.55 s
     * alone; padded, 0.21-0.27 s). HotSpot lays out fields of one size in the order they are declared.
     */
    @SuppressWarnings("unused")
    private long padBefore0, padBefore1, padBefore2, padBefore3, padBefore4, padBefore5, padBefore6, padBefore7;
    long allocations;
    long frees;
    /** The heap's allocation observer (tests' leak tracking, tracemalloc), else null; set by {@link Heap#observe}. */
    AllocationObserver observer;
    long useAfterFree;
    @SuppressWarnings("unused")
    private long padAfter0, padAfter1, padAfter2, padAfter3, padAfter4, padAfter5, padAfter6, padAfter7;

    /** The containers this thread made, for the cycle collector (CPython's generation lists). */
    final ContainerList containers;
    /** Set when this thread's containers made a collection due; it runs at the thread's next check point. */
    boolean collectionDue;

    /**
     * PyObject_GC_Track: a container's constructor puts it on this thread's list for the collector. Each
     * container type calls it itself: a test in PyObject's constructor, which every int and str runs,
     * made a 3M countdown take 0.17-0.20 s of CPU instead of 0.09-0.10 s.
     */
    public void trackContainer(GcContainer container) {
        if (containers.add((PyObject) container)) {
            collectionDue = true;
        }
    }

    /** Whether a collection is due (see {@link CollectionSchedule}); true only once for each time it became due. */
    public boolean takeCollectionDue() {
        if (!collectionDue) {
            return false;
        }
        collectionDue = false;
        return true;
    }

    private final ConcurrentLinkedQueue<PyObject> mergeQueue = new ConcurrentLinkedQueue<>();
    /** The Python thread state of each Java thread while it runs Python code (PyThreadState_Get). */
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** The thread state of the calling Java thread, or null outside Python code. */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Makes {@code ts} the calling Java thread's current thread state (null: none); returns the previous one. */
    public static ThreadState makeCurrent(ThreadState ts) {
        ThreadState previous = CURRENT.get();
        if (ts == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(ts);
        }
        return previous;
    }
    private volatile boolean finished;

    ThreadState(Heap heap, String name, boolean biased, Invoker invoker, AllocationObserver observer) {
        this.heap = heap;
        this.containers = new ContainerList(heap.schedule);
        this.observer = observer;
        this.name = name;
        this.biased = biased;
        this.invoker = invoker;
        this.gilThread = new GilThread(name);
    }

    public String name() {
        return name;
    }

    /** The thread was renamed (threading.Thread.name): so are its GIL statistics. */
    public void rename(String newName) {
        this.name = newName;
        gilThread.rename(newName);
    }

    public GilThread gilThread() {
        return gilThread;
    }

    /**
     * Whether this thread's frames must keep their position at every instruction (tracemalloc is tracing):
     * the eval loop asks once per frame it starts.
     */
    public boolean keepsPositions() {
        AllocationObserver o = observer;
        return o != null && o.wantsPositions();
    }

    public Heap heap() {
        return heap;
    }

    /** The interpreter this thread belongs to, as its call machinery (the vm's interpreter state). */
    public Invoker invoker() {
        return invoker;
    }

    /** callable(*args), arguments borrowed, result a new reference: how native code calls back into Python. */
    public PyObject call(PyObject callable, PyObject... args) {
        return invoker.call(this, callable, Args.of(this, args));
    }

    /** obj.name(*args) with the attribute looked up as getattr does (PyObject_CallMethod): a new reference. */
    public PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject method = obj.getAttr(this, name);
        try {
            return call(method, args);
        } finally {
            decref(method);
        }
    }

    /** Enters a Python frame; false when that would pass {@code limit} (Py_EnterRecursiveCall). */
    public boolean enterFrame(int limit) {
        if (depth >= limit) {
            return false;
        }
        depth++;
        return true;
    }

    public void leaveFrame() {
        depth--;
    }

    /**
     * Py_INCREF. The common cases (a plain count, or an immortal one) are kept this small so that the JIT
     * inlines them at every site of the eval loop; biased counting and a freed object go to {@link #increfSlow}.
     */
    public void incref(PyObject o) {
        int count = o.refcnt;
        if (count > 0 && !biased) {
            if (count < PyObject.IMMORTAL) {
                o.refcnt = count + 1; // read-add-write, deliberately not atomic: the GIL is what protects it
            }
        } else {
            increfSlow(o, count);
        }
    }

    private void increfSlow(PyObject o, int count) {
        if (biased) {
            BiasedCounts.incref(this, o);
        } else {
            useAfterFree(o);
        }
    }

    /**
     * Whether a decref of {@code o} now may free it: the eval loop then stores its position first, so that
     * a finalizer the freeing runs (__del__, a weakref callback, a coroutine's "never awaited" warning)
     * sees the line that dropped the object, as in CPython.
     */
    public boolean mayFree(PyObject o) {
        return biased || o.refcnt == 1;
    }

    /**
     * Py_DECREF: frees the object (and drops what it holds) when its count reaches zero. Small for the JIT
     * to inline, as {@link #incref}.
     */
    public void decref(PyObject o) {
        int count = o.refcnt;
        if (count > 1 && !biased) {
            if (count < PyObject.IMMORTAL) {
                o.refcnt = count - 1;
            }
        } else {
            decrefSlow(o, count);
        }
    }

    private void decrefSlow(PyObject o, int count) {
        if (biased) {
            BiasedCounts.decref(this, o);
        } else if (count == 1) {
            o.refcnt = 0;
            free(o);
        } else {
            useAfterFree(o);
        }
    }

    /** Py_XDECREF. */
    public void xdecref(PyObject o) {
        if (o != null) {
            decref(o);
        }
    }

    /** Returns {@code o} after an incref: a new reference to a borrowed object. */
    public <T extends PyObject> T newRef(T o) {
        incref(o);
        return o;
    }

    /**
     * _Py_Dealloc: the count reached zero. An object with a finalizer pending is resurrected for the call (a
     * count of one) and freed only if that call leaves no new reference to it.
     */
    void free(PyObject o) {
        if (o.finalizerPending()) {
            if (biased) {
                BiasedCounts.resurrect(this, o);
            } else {
                o.refcnt = 1;
            }
            o.finalizeObject(this);
            decref(o);
            return;
        }
        PyWeakRef.clearIfWeaklyReferenced(this, o);
        markFreed(o);
        o.release(this);
    }

    /**
     * Frees an object of cyclic garbage once it and the rest of the garbage have dropped their references
     * ({@link CycleCollector}): only the collector's own reference is left, or the traversal was wrong.
     */
    void freeCollected(PyObject o) {
        if (o.refcount() != 1) {
            heap.reportCollectorError(o);
            return; // something still refers to it: better leaked than freed under a user
        }
        markFreed(o);
    }

    /** What freeing {@code o} changes outside it: its count (so a later use is seen), the counts, its id. */
    private void markFreed(PyObject o) {
        o.refcnt = PyObject.FREED;
        frees++;
        if (o.hasId) {
            heap.ids.release(o);
        }
        if (observer != null) {
            observer.freed(this, o);
        }
    }

    void useAfterFree(PyObject o) {
        useAfterFree++;
        heap.reportUseAfterFree(o);
    }

    /** _Py_brc_queue_object: another thread asks this owner to merge {@code o}'s counts. */
    void queueForMerge(ThreadState from, PyObject o) {
        mergeQueue.add(o);
        if (finished) {
            from.drainMergeQueue(this); // the owner has ended: nobody writes its local counts any more
        }
    }

    /** Merges the objects other threads queued for this owner (_Py_brc_merge_refcounts); a check point calls it. */
    public void mergeQueued() {
        if (biased && !mergeQueue.isEmpty()) {
            drainMergeQueue(this);
        }
    }

    private void drainMergeQueue(ThreadState queue) {
        PyObject o;
        while ((o = queue.mergeQueue.poll()) != null) {
            BiasedCounts.merge(this, o);
        }
    }

    /** The thread has ended: merge what is queued, and let later requests be merged by their senders. */
    public void finish() {
        finished = true;
        mergeQueued();
        heap.retire(this);
    }
}
