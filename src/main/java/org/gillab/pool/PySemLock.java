package org.gillab.pool;

import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.ThreadIdents;

/**
 * {@code _multiprocessing.SemLock(segment, offset, recursive, maxvalue[, value])}, CPython's
 * _multiprocessing.SemLock (Modules/_multiprocessing/semaphore.c) over a {@link SemaphoreSlot} at
 * {@code offset} of the shared memory segment {@code segment}: given a value, a new lock that starts
 * with that count; without, the same lock again in another process (a child that received it).
 * maxvalue bounds the count (0: no bound); a recursive lock (RLock) is taken again by its holder.
 */
final class PySemLock extends PyInstance {
    static final PyType TYPE = PyType.builder("SemLock")
            .attribute("__module__", PyStr.constant("_multiprocessing"))
            .constructor(PySemLock::create)
            .method("acquire", (self, args) -> PyBool.of(((PySemLock) self).acquire(args)))
            .method("release", (self, args) -> {
                args.expectPositional("release", 0, 0);
                ((PySemLock) self).release();
                return PyNone.NONE;
            })
            .method("__enter__", (self, args) -> PyBool.of(((PySemLock) self).acquire(args)))
            .method("__exit__", (self, args) -> {
                ((PySemLock) self).release();
                return PyNone.NONE;
            })
            .method("_get_value", (self, args) -> PyInt.of(args.thread(), ((PySemLock) self).slot.value()))
            .method("_is_mine", (self, args) -> PyBool.of(((PySemLock) self).slot.heldBy(ThreadIdents.current())))
            .method("_count", (self, args) -> PyInt.of(args.thread(), ((PySemLock) self).slot.depthHere()))
            .build();

    private final SemaphoreSlot slot;
    private final boolean recursive;
    private final long maxvalue;

    private PySemLock(ThreadState ts, SemaphoreSlot slot, boolean recursive, long maxvalue) {
        super(ts, TYPE);
        this.slot = slot;
        this.recursive = recursive;
        this.maxvalue = maxvalue;
    }

    private static PyObject create(Args args) {
        PyObject[] a = args.bind("SemLock", 4, "segment", "offset", "recursive", "maxvalue", "value");
        SemaphoreSlot slot = new SemaphoreSlot(SharedSegments.map(a[0].str()), Convert.toInt(a[1], "SemLock"));
        if (a[4] != null) {
            slot.initialize(Convert.toLong(a[4], "SemLock"));
        }
        return new PySemLock(args.thread(), slot, a[2].truthy(), Convert.toLong(a[3], "SemLock"));
    }

    /**
     * acquire(block=True, timeout=None): one try holding the GIL, then (if block) a wait without it,
     * for ever when timeout is None, else for that many seconds (a negative timeout, none), as
     * semlock_acquire does.
     */
    private boolean acquire(Args args) {
        PyObject[] a = args.bind("acquire", 0, "block", "timeout");
        long thread = ThreadIdents.current();
        if (recursive && slot.heldBy(thread)) {
            slot.nest(1);
            return true;
        }
        if (slot.tryAcquire(thread)) {
            return true;
        }
        if (a[0] != null && !a[0].truthy()) {
            return false;
        }
        long deadline = deadline(a[1]);
        ThreadState ts = args.thread();
        return ((InterpreterState) ts.invoker()).allowThreads(ts, () -> slot.acquire(thread, deadline));
    }

    /** When a wait of timeout seconds ends (System.nanoTime): never for None, now for a negative one. */
    private static long deadline(PyObject timeout) {
        if (timeout == null || timeout instanceof PyNone) {
            return Long.MAX_VALUE;
        }
        long now = System.nanoTime();
        long nanos = (long) (Math.max(0, Convert.toDouble(timeout, "acquire")) * 1e9); // saturates
        return nanos < Long.MAX_VALUE - now ? now + nanos : Long.MAX_VALUE;
    }

    private void release() {
        if (recursive) {
            if (!slot.heldBy(ThreadIdents.current())) {
                throw PyErrors.raise(PyErrors.ASSERTION_ERROR, "attempt to release recursive lock not owned by thread");
            }
            if (slot.depthHere() > 1) {
                slot.nest(-1);
                return;
            }
        }
        if (!slot.release(maxvalue)) {
            throw PyErrors.valueError("semaphore or lock released too many times");
        }
    }

    @Override
    protected String builtinRepr() {
        return "<_multiprocessing.SemLock value=" + slot.value() + ">";
    }
}
