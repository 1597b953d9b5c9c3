package org.gillab.model.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Biased reference counting of free-threaded CPython 3.13t (PEP 703, Include/internal/pycore_object.h
 * and Objects/object.c: _Py_IncRefShared, _Py_DecRefShared, _Py_MergeZeroLocalRefcount,
 * Python/brc.c). The thread that made an object (its owner) updates the local count {@code refcnt}
 * with plain reads and writes; every other thread updates {@code shared} atomically. The shared word
 * holds the count shifted left by two and two flags: MERGED once the local count was folded in and the
 * object has no owner any more, QUEUED once the object was handed to its owner for merging.
 *
 * <p>Simplification: CPython's owner merges queued objects when its eval breaker fires; ours does it
 * at its next check point or when it ends, and an object whose owner has already ended is merged by
 * the thread that queued it (nobody else can still write the dead owner's local count).
 */
final class BiasedCounts {
    private static final int QUEUED = 1;
    private static final int MERGED = 2;
    private static final int ONE = 4;
    private static final VarHandle SHARED;

    static {
        try {
            SHARED = MethodHandles.lookup().findVarHandle(PyObject.class, "shared", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BiasedCounts() {}

    static int count(int sharedWord) {
        return sharedWord >> 2;
    }

    static void incref(ThreadState ts, PyObject o) {
        int local = o.refcnt;
        if (local >= PyObject.IMMORTAL) {
            return;
        }
        if (local <= PyObject.FREED / 2) {
            ts.useAfterFree(o);
            return;
        }
        if (o.owner == ts) {
            o.refcnt = local + 1;
        } else {
            SHARED.getAndAdd(o, ONE);
        }
    }

    static void decref(ThreadState ts, PyObject o) {
        int local = o.refcnt;
        if (local >= PyObject.IMMORTAL) {
            return;
        }
        if (local <= PyObject.FREED / 2) {
            ts.useAfterFree(o);
            return;
        }
        if (o.owner == ts) {
            o.refcnt = --local;
            if (local == 0) {
                mergeZeroLocal(ts, o);
            }
            return;
        }
        int word;
        int next;
        do {
            word = (int) SHARED.getVolatile(o);
            next = word - ONE;
            if ((next & MERGED) == 0 && count(next) < 0) {
                next |= QUEUED;
            }
        } while (!SHARED.compareAndSet(o, word, next));
        if ((next & MERGED) != 0) {
            if (count(next) == 0) {
                ts.free(o);
            }
        } else if ((word & QUEUED) == 0 && (next & QUEUED) != 0) {
            // Other threads dropped more references than they took: only the owner can tell whether
            // the object is now dead (_Py_brc_queue_object). No owner any more: it is merging the
            // object right now, and its compare-and-set will fold this decrement in.
            ThreadState owner = o.owner;
            if (owner != null) {
                owner.queueForMerge(ts, o);
            }
        }
    }

    /** A freed object comes back with one reference owned by {@code ts} (a finalizer is about to run on it). */
    static void resurrect(ThreadState ts, PyObject o) {
        SHARED.setVolatile(o, 0);
        o.owner = ts;
        o.refcnt = 1;
    }

    /** _Py_MergeZeroLocalRefcount: the owner's count reached zero; free now or hand over to shared. */
    private static void mergeZeroLocal(ThreadState ts, PyObject o) {
        if ((int) SHARED.getVolatile(o) == 0) {
            ts.free(o);
            return;
        }
        merge(ts, o);
    }

    /** _Py_ExplicitMergeRefcount: folds the local count into the shared one and drops the owner. */
    static void merge(ThreadState ts, PyObject o) {
        if (((int) SHARED.getVolatile(o) & MERGED) != 0 || o.refcnt <= PyObject.FREED / 2) {
            return; // merged already (its local count reached zero before the queue was drained), or freed
        }
        int local = o.owner == null ? 0 : o.refcnt;
        o.owner = null;
        o.refcnt = 0;
        int word;
        int merged;
        do {
            word = (int) SHARED.getVolatile(o);
            merged = ((count(word) + local) << 2) | MERGED;
        } while (!SHARED.compareAndSet(o, word, merged));
        if (count(merged) == 0) {
            ts.free(o);
        }
    }
}
