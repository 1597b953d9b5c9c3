package org.gillab.model.lib;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _thread module (Modules/_threadmodule.c): starting threads, their identities, and the two lock
 * types everything in threading is built from. Waiting for a lock releases the GIL
 * (Py_BEGIN_ALLOW_THREADS around the wait), after a first try that does not, as acquire_timed does.
 */
final class ThreadModule {
    private ThreadModule() {}

    /** PY_TIMEOUT_MAX in seconds, as CPython reports it on Linux. */
    private static final double TIMEOUT_MAX = 9223372036.0;

    static PyModule create(InterpreterState interp) {
        PyType lock = lockType(interp);
        PyType rlock = rlockType(interp);
        return new PyModule("_thread", true)
                .add("LockType", lock)
                .add("lock", lock)
                .add("RLock", rlock)
                .add("error", PyErrors.RUNTIME_ERROR)
                .add("TIMEOUT_MAX", PyFloat.constant(TIMEOUT_MAX))
                .function("allocate_lock", args -> {
                    args.expectPositional("allocate_lock", 0, 0);
                    return new Lock(args.thread(), lock);
                })
                .function("start_new_thread", args -> startNewThread(interp, args))
                .function("get_ident", args -> PyInt.of(args.thread(), Thread.currentThread().getId()))
                .function("get_native_id", args -> PyInt.of(args.thread(), Thread.currentThread().getId()))
                .function("_count", args -> PyInt.of(args.thread(), interp.threads().count()))
                .function("stack_size", args -> PyInt.of(args.thread(), 0))
                .function("daemon_threads_allowed", args -> PyBool.TRUE)
                .function("exit", args -> {
                    throw PyErrors.raiseEmpty(PyErrors.SYSTEM_EXIT);
                })
                .function("_set_name", args -> {
                    args.expectPositional("_set_name", 2, 2);
                    interp.threads().rename(Convert.toLong(args.get(0), "_set_name"), args.get(1).str());
                    return PyNone.NONE;
                })
                .function("_excepthook", args -> excepthook(interp, args));
    }

    /** start_new_thread(function, args[, kwargs]): the new thread's ident. */
    private static PyObject startNewThread(InterpreterState interp, Args args) {
        args.expectPositional("start_new_thread", 2, 3);
        if (!(args.get(1) instanceof PyTuple tuple)) {
            throw PyErrors.typeError("2nd arg must be a tuple");
        }
        PyDict kwargs = null;
        if (args.size() == 3) {
            if (!(args.get(2) instanceof PyDict d)) {
                throw PyErrors.typeError("optional 3rd arg must be a dictionary");
            }
            kwargs = d;
        }
        var started = interp.threads().start(args.thread(), "Dummy-" + System.nanoTime(), args.get(0), tuple, kwargs);
        return PyInt.of(args.thread(), started.ident());
    }

    /**
     * threading.excepthook (_thread._excepthook): "Exception in thread NAME:" and the traceback on stderr;
     * SystemExit is silently ignored.
     */
    private static PyObject excepthook(InterpreterState interp, Args args) {
        args.expectPositional("excepthook", 1, 1);
        ThreadState ts = args.thread();
        PyObject hookArgs = args.get(0);
        PyObject value = hookArgs.getAttr(ts, "exc_value");
        PyObject thread = hookArgs.getAttr(ts, "thread");
        try {
            if (!(value instanceof PyException e) || e.type().isSubtypeOf(PyErrors.SYSTEM_EXIT)) {
                return PyNone.NONE;
            }
            String name;
            if (thread == PyNone.NONE) {
                name = Long.toString(Thread.currentThread().getId());
            } else {
                PyObject n = thread.getAttr(ts, "name");
                name = n.str();
                ts.decref(n);
            }
            interp.stderr().print("Exception in thread " + name + ":\n" + new PythonException(e).traceback());
            interp.stderr().flush();
            return PyNone.NONE;
        } finally {
            ts.decref(value);
            ts.decref(thread);
        }
    }

    // ---- locks ----

    /** The timeout of acquire(blocking, timeout) in nanoseconds, -1 for none, with _thread's checks. */
    private static long timeoutNanos(Args args, String name) {
        PyObject[] a = args.bind(name, 0, "blocking", "timeout");
        boolean blocking = a[0] == null || a[0].truthy();
        double timeout = a[1] == null || a[1] == PyNone.NONE ? -1 : Convert.toDouble(a[1], name);
        if (!blocking && timeout != -1) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErrors.valueError("timeout value must be a non-negative number");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PyErrors.overflowError("timeout value is too large");
        }
        return !blocking ? 0 : timeout < 0 ? -1 : (long) (timeout * 1e9);
    }

    /** threading.Lock: may be released by any thread, so a semaphore of one permit (PyThread_type_lock). */
    static final class Lock extends PyInstance {
        final Semaphore permit = new Semaphore(1);

        Lock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        @Override
        public String repr() {
            return "<" + (permit.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at " + address() + ">";
        }
    }

    private static PyType lockType(InterpreterState interp) {
        return PyType.builder("_thread.lock")
                .method("acquire", (self, args) -> acquire(interp, (Lock) self, args, "acquire"))
                .method("acquire_lock", (self, args) -> acquire(interp, (Lock) self, args, "acquire_lock"))
                .method("__enter__", (self, args) -> acquire(interp, (Lock) self, args, "__enter__"))
                .method("release", (self, args) -> release((Lock) self))
                .method("release_lock", (self, args) -> release((Lock) self))
                .method("__exit__", (self, args) -> release((Lock) self))
                .method("locked", (self, args) -> PyBool.of(((Lock) self).permit.availablePermits() == 0))
                .method("locked_lock", (self, args) -> PyBool.of(((Lock) self).permit.availablePermits() == 0))
                .build();
    }

    private static PyObject acquire(InterpreterState interp, Lock lock, Args args, String name) {
        long timeout = timeoutNanos(args, name);
        if (lock.permit.tryAcquire()) {
            return PyBool.TRUE;
        }
        if (timeout == 0) {
            return PyBool.FALSE;
        }
        return PyBool.of(interp.allowThreads(args.thread(), () -> {
            if (timeout < 0) {
                lock.permit.acquire();
                return true;
            }
            return lock.permit.tryAcquire(timeout, TimeUnit.NANOSECONDS);
        }));
    }

    private static PyObject release(Lock lock) {
        synchronized (lock.permit) {
            if (lock.permit.availablePermits() > 0) {
                throw PyErrors.runtimeError("release unlocked lock");
            }
            lock.permit.release();
        }
        return PyNone.NONE;
    }

    /** threading.RLock: owned by one thread, which may acquire it again; release by another is an error. */
    static final class RLock extends PyInstance {
        final Semaphore permit = new Semaphore(1);
        volatile long owner;
        int count;

        RLock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        @Override
        public String repr() {
            return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count=" + count
                    + " at " + address() + ">";
        }
    }

    private static PyType rlockType(InterpreterState interp) {
        return PyType.builder("_thread.RLock")
                .newInstance((cls, args) -> new RLock(args.thread(), cls))
                .method("acquire", (self, args) -> acquireR(interp, (RLock) self, args, "acquire"))
                .method("__enter__", (self, args) -> acquireR(interp, (RLock) self, args, "__enter__"))
                .method("release", (self, args) -> releaseR((RLock) self))
                .method("__exit__", (self, args) -> releaseR((RLock) self))
                .method("_is_owned", (self, args) -> PyBool.of(((RLock) self).count > 0
                        && ((RLock) self).owner == Thread.currentThread().getId()))
                .method("_release_save", (self, args) -> {
                    RLock r = (RLock) self;
                    if (r.count == 0) {
                        throw PyErrors.runtimeError("cannot release un-acquired lock");
                    }
                    PyObject state = PyTuple.of(args.thread(), PyInt.of(args.thread(), r.count), PyInt.of(args.thread(), r.owner));
                    r.count = 0;
                    r.owner = 0;
                    r.permit.release();
                    return state;
                })
                .method("_acquire_restore", (self, args) -> {
                    RLock r = (RLock) self;
                    PyTuple state = (PyTuple) args.get(0);
                    interp.allowThreads(args.thread(), () -> {
                        r.permit.acquire();
                        return null;
                    });
                    r.count = (int) Convert.toLong(state.get(0), "_acquire_restore");
                    r.owner = Convert.toLong(state.get(1), "_acquire_restore");
                    return PyNone.NONE;
                })
                .build();
    }

    private static PyObject acquireR(InterpreterState interp, RLock lock, Args args, String name) {
        long me = Thread.currentThread().getId();
        long timeout = timeoutNanos(args, name);
        if (lock.count > 0 && lock.owner == me) {
            lock.count++;
            return PyBool.TRUE;
        }
        boolean got = lock.permit.tryAcquire();
        if (!got && timeout != 0) {
            got = interp.allowThreads(args.thread(), () -> {
                if (timeout < 0) {
                    lock.permit.acquire();
                    return true;
                }
                return lock.permit.tryAcquire(timeout, TimeUnit.NANOSECONDS);
            });
        }
        if (got) {
            lock.owner = me;
            lock.count = 1;
        }
        return PyBool.of(got);
    }

    private static PyObject releaseR(RLock lock) {
        if (lock.count == 0 || lock.owner != Thread.currentThread().getId()) {
            throw PyErrors.runtimeError("cannot release un-acquired lock");
        }
        if (--lock.count == 0) {
            lock.owner = 0;
            lock.permit.release();
        }
        return PyNone.NONE;
    }
}
