package org.gillab.model.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The threading module and the interpreter's registry of Python threads. Each Python thread is a
 * Java platform thread that takes the GIL before running bytecode and drops it when it ends
 * (Modules/_threadmodule.c thread_run). Blocking waits (join, Lock.acquire) release the GIL.
 */
public final class Threads {
    private static final long STACK_SIZE = 64L << 20; // room for the recursion limit's 1000 Python frames

    private final InterpreterState interp;
    private final List<PyThread> started = new CopyOnWriteArrayList<>();
    private final Map<ThreadState, PyThread> byState = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile PyThread main;

    Threads(InterpreterState interp) {
        this.interp = interp;
    }

    /** A Python thread: threading.Thread. */
    public final class PyThread extends PyInstance {
        private PyObject target;
        private PyTuple args;
        private PyDict kwargs;
        private volatile String name;
        private volatile boolean daemon;
        private volatile Thread thread;
        private volatile boolean finished;
        private volatile PythonException failure;
        private final boolean isMain;

        PyThread(ThreadState ts, PyObject target, PyTuple args, PyDict kwargs, String name, boolean daemon, boolean isMain) {
            super(ts, THREAD);
            this.target = target == null ? null : ts.newRef(target);
            this.args = args == null ? null : ts.newRef(args);
            this.kwargs = kwargs == null ? null : ts.newRef(kwargs);
            this.name = name;
            this.daemon = daemon;
            this.isMain = isMain;
        }

        public String name() {
            return name;
        }

        public boolean isAlive() {
            return isMain || (thread != null && !finished);
        }

        /** The exception that ended the thread, or null. */
        public PythonException failure() {
            return failure;
        }

        /** Thread.start(): a new Java thread that enters the interpreter with its own thread state. */
        void start(ThreadState caller) {
            if (thread != null || isMain) {
                throw PyErrors.runtimeError("threads can only be started once");
            }
            ThreadState ts = interp.heap.register(name, interp);
            caller.incref(this); // the running thread keeps its Thread object alive, as _active does
            Thread t = new Thread(null, () -> run(ts), name, STACK_SIZE);
            t.setDaemon(true); // the interpreter, not the JVM, waits for non-daemon Python threads
            thread = t;
            started.add(this);
            byState.put(ts, this);
            t.start();
        }

        private void run(ThreadState ts) {
            try {
                interp.enterAs(ts, state -> {
                    try {
                        callTarget(state);
                    } catch (PythonException e) {
                        failure = e;
                        if (!e.is("SystemExit")) {
                            interp.stderr.print("Exception in thread " + name + ":\n" + e.traceback());
                            interp.stderr.flush();
                        }
                    } catch (RuntimeException bug) {
                        // a model bug (or the unsafe kind's corrupted heap): report it, never die silently
                        interp.stderr.println("Internal error in thread " + name + ": " + bug);
                        bug.printStackTrace(interp.stderr);
                    } finally {
                        dropTarget(state);
                        finished = true;
                        byState.remove(state);
                        state.decref(this);
                    }
                    return null;
                });
            } catch (PythonException interruptedWhileWaiting) {
                failure = interruptedWhileWaiting;
                finished = true;
                byState.remove(ts);
            }
        }

        private void callTarget(ThreadState ts) {
            if (target == null) {
                return;
            }
            List<PyObject> values = new ArrayList<>();
            for (int i = 0; args != null && i < args.size(); i++) {
                values.add(args.get(i));
            }
            List<String> names = new ArrayList<>();
            if (kwargs != null) {
                kwargs.entries().forEach((k, v) -> {
                    names.add(((PyStr) k).value);
                    values.add(v);
                });
            }
            PyObject[] array = values.toArray(new PyObject[0]);
            ts.decref(interp.call(ts, target, new Args(ts, array, 0, array.length, names.toArray(new String[0]))));
        }

        /** Thread.run's "del self._target, self._args, self._kwargs": the references go when the thread ends. */
        private void dropTarget(ThreadState ts) {
            ts.xdecref(target);
            ts.xdecref(args);
            ts.xdecref(kwargs);
            target = null;
            args = null;
            kwargs = null;
        }

        /** Waits for the thread to end, without the GIL; false when the timeout passed first. */
        boolean join(ThreadState ts, long timeoutNanos) {
            Thread t = thread;
            if (t == null) {
                throw PyErrors.runtimeError(isMain ? "cannot join current thread" : "cannot join thread before it is started");
            }
            if (t == Thread.currentThread()) {
                throw PyErrors.runtimeError("cannot join current thread");
            }
            return interp.allowThreads(ts, () -> {
                if (timeoutNanos < 0) {
                    t.join();
                } else {
                    TimeUnit.NANOSECONDS.timedJoin(t, timeoutNanos);
                }
                return !t.isAlive();
            });
        }

        /** Waits without the GIL held and without Python: for the facade's handles. */
        public void joinFromJava() throws InterruptedException {
            Thread t = thread;
            if (t != null) {
                t.join();
            }
        }

        /** Like {@link #joinFromJava()} for at most {@code timeout}; true when the thread has ended. */
        public boolean joinFromJava(java.time.Duration timeout) throws InterruptedException {
            Thread t = thread;
            if (t != null) {
                TimeUnit.NANOSECONDS.timedJoin(t, timeout.toNanos());
            }
            return !isAlive();
        }

        @Override
        public PyObject getAttr(ThreadState ts, String attribute) {
            return switch (attribute) {
                case "name" -> new PyStr(ts, name);
                case "daemon" -> PyBool.of(daemon);
                case "ident", "native_id" -> thread == null && !isMain ? PyNone.NONE
                        : PyInt.of(ts, isMain ? 1 : thread.getId());
                default -> super.getAttr(ts, attribute);
            };
        }

        @Override
        public void setAttr(ThreadState ts, String attribute, PyObject value) {
            switch (attribute) {
                case "name" -> name = value.str();
                case "daemon" -> {
                    if (thread != null) {
                        throw PyErrors.runtimeError("cannot set daemon status of active thread");
                    }
                    daemon = value.truthy();
                }
                default -> super.setAttr(ts, attribute, value);
            }
        }

        @Override
        public String repr() {
            String state = isMain ? "started" : thread == null ? "initial" : finished ? "stopped" : "started";
            return "<Thread(" + name + ", " + state + (daemon ? " daemon" : "") + ")>";
        }

        @Override
        protected void release(ThreadState ts) {
            dropTarget(ts);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            if (target != null) {
                visit.accept(target);
            }
            if (args != null) {
                visit.accept(args);
            }
            if (kwargs != null) {
                visit.accept(kwargs);
            }
            super.traverse(visit);
        }
    }

    private static PyThread self(PyObject o) {
        return (PyThread) o;
    }

    private final PyType THREAD = PyType.builder("Thread")
            .constructor(this::newThread)
            .method("start", (self, args) -> {
                args.expectPositional("start", 0, 0);
                self(self).start(args.thread());
                return PyNone.NONE;
            })
            .method("join", (self, args) -> {
                PyObject[] a = args.bind("join", 0, "timeout");
                long timeout = a[0] == null || a[0] instanceof PyNone ? -1 : (long) (Convert.toDouble(a[0], "join") * 1e9);
                self(self).join(args.thread(), Math.max(timeout, timeout < 0 ? -1 : 0));
                return PyNone.NONE;
            })
            .method("is_alive", (self, args) -> PyBool.of(self(self).isAlive()))
            .method("getName", (self, args) -> new PyStr(args.thread(), self(self).name))
            .build();

    /** Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
    private PyObject newThread(Args args) {
        PyObject[] a = args.bind("Thread", 0, "group", "target", "name", "args", "kwargs", "daemon");
        ThreadState ts = args.thread();
        PyObject target = a[1] == null || a[1] instanceof PyNone ? null : a[1];
        int number = counter.incrementAndGet();
        String name = a[2] != null && !(a[2] instanceof PyNone) ? a[2].str()
                : "Thread-" + number + (target instanceof PyFunction f ? " (" + f.name() + ")" : "");
        PyTuple targetArgs;
        if (a[3] == null) {
            targetArgs = null;
        } else if (a[3] instanceof PyTuple t) {
            targetArgs = t;
        } else {
            throw PyErrors.typeError("Thread args must be a tuple, not " + a[3].type().name());
        }
        PyDict kwargs = null;
        if (a[4] != null && !(a[4] instanceof PyNone)) {
            if (!(a[4] instanceof PyDict d)) {
                throw PyErrors.typeError("Thread kwargs must be a dict, not " + a[4].type().name());
            }
            kwargs = d;
        }
        boolean daemon = a[5] != null && !(a[5] instanceof PyNone) ? a[5].truthy()
                : current(ts) != null && current(ts).daemon;
        return new PyThread(ts, target, targetArgs, kwargs, name, daemon, false);
    }

    /** A Thread running {@code target} from Java (the facade's startThread); started. */
    public PyThread start(ThreadState ts, PyObject target, PyTuple args, String name) {
        int number = counter.incrementAndGet();
        String threadName = name != null ? name
                : "Thread-" + number + (target instanceof PyFunction f ? " (" + f.name() + ")" : "");
        PyThread thread = new PyThread(ts, target, args, null, threadName, false, false);
        thread.start(ts);
        ts.decref(thread);
        return thread;
    }

    /** threading.current_thread(): the Thread of a started thread, else the interpreter's main thread. */
    private PyThread current(ThreadState ts) {
        PyThread t = byState.get(ts);
        return t != null ? t : mainThread(ts);
    }

    private synchronized PyThread mainThread(ThreadState ts) {
        if (main == null) {
            main = new PyThread(ts, null, null, null, "MainThread", false, true);
        }
        return main;
    }

    /** threading._shutdown(): waits for every non-daemon thread, as the interpreter does at exit. */
    public void joinNonDaemon(ThreadState ts) {
        for (PyThread t : started) {
            if (!t.daemon && t.isAlive()) {
                t.join(ts, -1);
            }
        }
    }

    /** Interrupts every running Python thread and waits for them: nothing is left behind. */
    public void stopAll() throws InterruptedException {
        for (PyThread t : started) {
            Thread java = t.thread;
            if (java != null) {
                java.interrupt();
            }
        }
        for (PyThread t : started) {
            t.joinFromJava();
        }
    }

    /** Threads that are still running. */
    public long running() {
        return started.stream().filter(PyThread::isAlive).count();
    }

    /** Objects the registry keeps alive (the main Thread object), for the reference-count checker. */
    void traverse(Consumer<PyObject> visit) {
        if (main != null) {
            visit.accept(main);
        }
    }

    PyModule module() {
        return new PyModule("threading", true)
                .add("Thread", THREAD)
                .add("Lock", LOCK)
                .add("RLock", RLOCK)
                .function("current_thread", args -> args.thread().newRef(current(args.thread())))
                .function("main_thread", args -> args.thread().newRef(mainThread(args.thread())))
                .function("active_count", args -> PyInt.of(args.thread(), 1 + started.stream().filter(PyThread::isAlive).count()))
                .function("get_ident", args -> PyInt.of(args.thread(), Thread.currentThread().getId()));
    }

    // ---- locks ----

    /** threading.Lock: may be released by any thread, so a semaphore of one permit (PyThread_type_lock). */
    static final class PyLock extends PyInstance {
        private final Semaphore permit = new Semaphore(1);

        PyLock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        @Override
        public String repr() {
            return "<" + (permit.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at " + address() + ">";
        }
    }

    /** acquire(blocking=True, timeout=-1): try without waiting first; a real wait releases the GIL. */
    private PyObject acquire(PyObject self, Args args) {
        PyObject[] a = args.bind("acquire", 0, "blocking", "timeout");
        boolean blocking = a[0] == null || a[0].truthy();
        double timeout = a[1] == null ? -1 : Convert.toDouble(a[1], "acquire");
        if (!blocking && timeout != -1) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErrors.valueError("timeout value must be a non-negative number");
        }
        if (self instanceof PyRLock r) {
            ReentrantLock lock = r.lock;
            if (lock.tryLock()) { // also a re-entry by the owner
                return PyBool.TRUE;
            }
            if (!blocking) {
                return PyBool.FALSE;
            }
            return PyBool.of(interp.allowThreads(args.thread(), () -> {
                if (timeout < 0) {
                    lock.lockInterruptibly();
                    return true;
                }
                return lock.tryLock((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            }));
        }
        Semaphore permit = ((PyLock) self).permit;
        if (permit.tryAcquire()) {
            return PyBool.TRUE;
        }
        if (!blocking) {
            return PyBool.FALSE;
        }
        return PyBool.of(interp.allowThreads(args.thread(), () -> {
            if (timeout < 0) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        }));
    }

    private static PyObject release(PyObject self) {
        if (self instanceof PyRLock r) {
            if (!r.lock.isHeldByCurrentThread()) {
                throw PyErrors.runtimeError("cannot release un-acquired lock");
            }
            r.lock.unlock();
            return PyNone.NONE;
        }
        Semaphore permit = ((PyLock) self).permit;
        synchronized (permit) {
            if (permit.availablePermits() > 0) {
                throw PyErrors.runtimeError("release unlocked lock");
            }
            permit.release();
        }
        return PyNone.NONE;
    }

    /** threading.RLock: owned by one thread, re-entrant. */
    static final class PyRLock extends PyInstance {
        private final ReentrantLock lock = new ReentrantLock();

        PyRLock(ThreadState ts, PyType type) {
            super(ts, type);
        }

        @Override
        public String repr() {
            return "<" + (lock.isLocked() ? "locked" : "unlocked") + " _thread.RLock object count=" + lock.getHoldCount()
                    + " at " + address() + ">";
        }
    }

    private PyType lockType(String name, boolean reentrant) {
        PyType[] self = new PyType[1];
        self[0] = PyType.builder(name)
                .constructor(args -> {
                    args.expectPositional(name, 0, 0);
                    return reentrant ? new PyRLock(args.thread(), self[0]) : new PyLock(args.thread(), self[0]);
                })
                .method("acquire", this::acquire)
                .method("__enter__", this::acquire)
                .method("release", (lock, args) -> release(lock))
                .method("__exit__", (lock, args) -> release(lock))
                .method("locked", (lock, args) -> PyBool.of(lock instanceof PyLock l
                        ? l.permit.availablePermits() == 0 : ((PyRLock) lock).lock.isLocked()))
                .build();
        return self[0];
    }

    private final PyType LOCK = lockType("lock", false);
    private final PyType RLOCK = lockType("RLock", true);
}
