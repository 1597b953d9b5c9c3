package org.gillab.model.lib;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * _thread's two lock types (Modules/_threadmodule.c lock_* and rlock_*), what every lock, condition,
 * semaphore, event and queue of threading, queue and concurrent.futures is built from. Acquiring tries
 * once holding the GIL, then waits without it (Py_BEGIN_ALLOW_THREADS, as acquire_timed does); a
 * SIGINT handler that returns lets the wait go on for what is left of its timeout.
 */
final class ThreadLocks {
    private ThreadLocks() {}

    /** _thread.lock: may be released by any thread, so a semaphore of one permit (PyThread_type_lock). */
    static final class Lock extends PyInstance {
        final Semaphore permit = new Semaphore(1);

        Lock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        boolean locked() {
            return permit.availablePermits() == 0;
        }

        @Override
        protected String builtinRepr() {
            return "<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at " + address() + ">";
        }
    }

    /** _thread.RLock: owned by one thread, which may acquire it again; only the owner releases it. */
    static final class RLock extends PyInstance {
        final Semaphore permit = new Semaphore(1);
        /** The owner's ident (get_ident), 0 when unowned; read by other threads for the repr. */
        volatile long owner;
        volatile long count;

        RLock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        boolean ownedByCaller() {
            return count > 0 && owner == ThreadModule.ident();
        }

        @Override
        protected String builtinRepr() {
            return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count=" + count
                    + " at " + address() + ">";
        }
    }

    static PyType lockType(InterpreterState interp) {
        return PyType.builder("_thread.lock")
                .newInstance((cls, args) -> {
                    throw PyErrors.typeError("cannot create '_thread.lock' instances");
                })
                .method("acquire", (self, args) -> PyBool.of(acquire(interp, ((Lock) self).permit, args, "acquire")))
                .method("acquire_lock", (self, args) -> PyBool.of(acquire(interp, ((Lock) self).permit, args, "acquire_lock")))
                .method("__enter__", (self, args) -> PyBool.of(acquire(interp, ((Lock) self).permit, args, "__enter__")))
                .method("release", (self, args) -> release((Lock) self, args, "lock.release"))
                .method("release_lock", (self, args) -> release((Lock) self, args, "lock.release_lock"))
                .method("__exit__", (self, args) -> release((Lock) self, Args.of(args.thread()), "lock.__exit__"))
                .method("locked", (self, args) -> {
                    noArguments(args, "lock.locked");
                    return PyBool.of(((Lock) self).locked());
                })
                .method("locked_lock", (self, args) -> {
                    noArguments(args, "lock.locked_lock");
                    return PyBool.of(((Lock) self).locked());
                })
                .method("_at_fork_reinit", (self, args) -> {
                    ((Lock) self).permit.drainPermits();
                    ((Lock) self).permit.release();
                    return PyNone.NONE;
                })
                .build();
    }

    static PyType rlockType(InterpreterState interp) {
        return PyType.builder("_thread.RLock")
                .newInstance((cls, args) -> new RLock(args.thread(), cls))
                .method("acquire", (self, args) -> acquireR(interp, (RLock) self, args, "acquire"))
                .method("__enter__", (self, args) -> acquireR(interp, (RLock) self, args, "__enter__"))
                .method("release", (self, args) -> {
                    noArguments(args, "_thread.RLock.release");
                    return releaseR((RLock) self);
                })
                .method("__exit__", (self, args) -> releaseR((RLock) self))
                .method("_is_owned", (self, args) -> PyBool.of(((RLock) self).ownedByCaller()))
                .method("_recursion_count", (self, args) -> {
                    RLock r = (RLock) self;
                    return PyInt.of(args.thread(), r.ownedByCaller() ? r.count : 0);
                })
                .method("_release_save", (self, args) -> releaseSave((RLock) self, args.thread()))
                .method("_at_fork_reinit", (self, args) -> {
                    RLock r = (RLock) self;
                    r.count = 0;
                    r.owner = 0;
                    r.permit.drainPermits();
                    r.permit.release();
                    return PyNone.NONE;
                })
                .method("_acquire_restore", (self, args) -> {
                    acquireRestore(interp, (RLock) self, args);
                    return PyNone.NONE;
                })
                .build();
    }

    /**
     * lock.acquire(blocking=True, timeout=-1): true when taken. One try holding the GIL, then (unless
     * non-blocking) a wait that releases it until the lock is free or the timeout passes.
     */
    private static boolean acquire(InterpreterState interp, Semaphore permit, Args args, String name) {
        long timeout = timeoutNanos(args, name);
        if (permit.tryAcquire()) {
            return true;
        }
        if (timeout == 0) {
            return false;
        }
        if (timeout < 0) {
            return interp.allowThreads(args.thread(), () -> {
                permit.acquire();
                return true;
            });
        }
        long deadline = System.nanoTime() + timeout;
        return interp.allowThreads(args.thread(), () -> permit.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
    }

    /** The timeout of acquire(blocking, timeout) in nanoseconds: -1 to wait forever, 0 not to wait (lock_acquire_parse_args). */
    private static long timeoutNanos(Args args, String name) {
        if (args.size() + args.keywordNames().size() > 2) {
            boolean keywords = !args.keywordNames().isEmpty();
            throw PyErrors.typeError(name + "() takes at most 2 " + (keywords ? "keyword " : "") + "arguments ("
                    + (args.size() + args.keywordNames().size()) + " given)");
        }
        PyObject[] a = args.bind(name, 0, "blocking", "timeout");
        boolean blocking = a[0] == null || Convert.toLong(a[0], name) != 0;
        long timeout = a[1] == null ? -1_000_000_000L : Timeouts.nanos(a[1]);
        if (!blocking && timeout != -1_000_000_000L) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1_000_000_000L) {
            throw PyErrors.valueError("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (timeout == -1_000_000_000L) {
            return -1;
        }
        if (timeout > Timeouts.MAX_NANOS) {
            throw PyErrors.overflowError("timeout value is too large");
        }
        return timeout;
    }

    private static void noArguments(Args args, String name) {
        if (args.size() + args.keywordNames().size() > 0) {
            throw PyErrors.typeError(name + "() takes no arguments (" + (args.size() + args.keywordNames().size()) + " given)");
        }
    }

    private static PyObject release(Lock lock, Args args, String name) {
        noArguments(args, name);
        // one check-and-release at a time, or two threads could both release a held lock
        synchronized (lock.permit) {
            if (!lock.locked()) {
                throw PyErrors.runtimeError("release unlocked lock");
            }
            lock.permit.release();
        }
        return PyNone.NONE;
    }

    private static PyObject acquireR(InterpreterState interp, RLock lock, Args args, String name) {
        long me = ThreadModule.ident();
        if (lock.count > 0 && lock.owner == me) {
            timeoutNanos(args, name); // the arguments are still checked
            lock.count++;
            return PyBool.TRUE;
        }
        boolean got = acquire(interp, lock.permit, args, name);
        if (got) {
            lock.owner = me;
            lock.count = 1;
        }
        return PyBool.of(got);
    }

    private static PyObject releaseR(RLock lock) {
        if (!lock.ownedByCaller()) {
            throw PyErrors.runtimeError("cannot release un-acquired lock");
        }
        if (--lock.count == 0) {
            lock.owner = 0;
            lock.permit.release();
        }
        return PyNone.NONE;
    }

    /** Condition.wait's release of an RLock however deep: returns (count, owner) for _acquire_restore. */
    private static PyObject releaseSave(RLock lock, ThreadState ts) {
        if (lock.count == 0) {
            throw PyErrors.runtimeError("cannot release un-acquired lock");
        }
        PyObject state = new PyTuple(ts, new PyObject[] {PyInt.of(ts, lock.count), PyInt.of(ts, lock.owner)});
        lock.count = 0;
        lock.owner = 0;
        lock.permit.release();
        return state;
    }

    /** Takes the RLock back after Condition.wait, waiting without the GIL, and restores its depth. */
    private static void acquireRestore(InterpreterState interp, RLock lock, Args args) {
        args.expectPositional("_acquire_restore", 1, 1);
        if (!(args.get(0) instanceof PyTuple state) || state.size() != 2) {
            throw PyErrors.typeError("_acquire_restore() argument 1 must be tuple of 2 items");
        }
        long count = Convert.toLong(state.get(0), "_acquire_restore");
        long owner = Convert.toLong(state.get(1), "_acquire_restore");
        if (!lock.permit.tryAcquire()) {
            interp.allowThreads(args.thread(), () -> {
                lock.permit.acquire();
                return null;
            });
        }
        lock.owner = owner;
        lock.count = count;
    }
}
