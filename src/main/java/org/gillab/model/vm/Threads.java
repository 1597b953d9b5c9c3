package org.gillab.model.vm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The interpreter's Python threads (Modules/_threadmodule.c thread_run): each is a Java platform thread
 * that takes the GIL before running bytecode and drops it when it ends. The threading module is Python
 * code on top of this (the model's lib/threading.py over _thread).
 */
public final class Threads {
    /** Room for the recursion limit's 1000 Python frames and then some. */
    private static final long STACK_SIZE = 64L << 20;
    private static final ThreadMXBean CPU_CLOCK = ManagementFactory.getThreadMXBean();

    private final InterpreterState interp;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    /** CPU time of the threads that have ended. */
    private final AtomicLong endedCpuNanos = new AtomicLong();

    /**
     * A started thread: its Java thread and, for a thread Java started and joins, once it has ended, the
     * exception that ended it (or null).
     */
    public static final class Running {
        final Thread thread;
        final long ident;
        final boolean keepsFailure;
        /** Set when the program's end stops the thread: it must run no more Python code. */
        volatile boolean exiting;
        volatile ThreadState state;
        volatile PythonException failure;
        /** Released once the thread is gone: what threading's join waits for (_thread._set_sentinel). */
        final Queue<Semaphore> sentinels = new ConcurrentLinkedQueue<>();

        Running(Thread thread, long ident, boolean keepsFailure) {
            this.thread = thread;
            this.ident = ident;
            this.keepsFailure = keepsFailure;
        }

        public boolean isAlive() {
            return thread.isAlive();
        }

        /** Waits without the GIL, from Java, for the thread to end. */
        public void join() throws InterruptedException {
            thread.join();
        }

        /** Like {@link #join()} for at most {@code timeout}; true when the thread has ended. */
        public boolean join(java.time.Duration timeout) throws InterruptedException {
            TimeUnit.NANOSECONDS.timedJoin(thread, timeout.toNanos());
            return !thread.isAlive();
        }

        public String name() {
            return thread.getName();
        }

        /** The thread's ident (_thread.get_ident() inside it). */
        public long ident() {
            return ident;
        }

        /** The Python exception that ended it (it owns its reference), or null; always null for a thread _thread started. */
        public PythonException failure() {
            return failure;
        }
    }

    Threads(InterpreterState interp) {
        this.interp = interp;
    }

    /**
     * _thread.start_new_thread: a new Java thread that enters the interpreter with its own thread state
     * and calls {@code function(*args, **kwargs)} (both borrowed; the thread keeps its own references).
     * An exception the function lets through is reported as _thread reports it, unless it is SystemExit,
     * and then dropped (thread_run clears it), unless {@code keepFailure}: a thread started from Java keeps
     * it for {@link Running#failure()}.
     */
    public Running start(ThreadState caller, String name, PyObject function, PyTuple args, PyDict kwargs,
            boolean keepFailure) {
        ThreadState ts = interp.heap.register(name, interp);
        caller.incref(function);
        caller.incref(args);
        if (kwargs != null) {
            caller.incref(kwargs);
        }
        Running[] handle = new Running[1];
        Thread thread = new Thread(null, () -> run(ts, handle[0], function, args, kwargs), name, STACK_SIZE);
        thread.setDaemon(true); // the interpreter, not the JVM, waits for non-daemon Python threads
        handle[0] = new Running(thread, ThreadIdents.take(), keepFailure);
        handle[0].state = ts;
        running.put(thread.getId(), handle[0]);
        thread.start();
        return handle[0];
    }

    private void run(ThreadState ts, Running self, PyObject function, PyTuple args, PyDict kwargs) {
        ThreadIdents.adopt(self.ident);
        try {
            interp.enterAs(ts, state -> {
                try {
                    if (interp.mustExit()) {
                        throw new ThreadExit(); // the program ended before the thread got to run
                    }
                    call(state, function, args, kwargs);
                } catch (PythonException e) {
                    if (!e.is("SystemExit") && !interp.isFinalizing()) {
                        interp.writeUnraisable(state, "in thread started by", function, e);
                    }
                    if (self.keepsFailure) {
                        self.failure = e;
                    } else {
                        state.decref(e.exception());
                    }
                } catch (RuntimeException bug) {
                    // a model bug (or the unsafe kind's corrupted heap): report it, never die silently
                    interp.stderr.println("Internal error in thread " + Thread.currentThread().getName() + ": " + bug);
                    bug.printStackTrace(interp.stderr);
                } finally {
                    state.decref(function);
                    state.decref(args);
                    state.xdecref(kwargs);
                    Tracing.endThread(state);
                }
                return null;
            }, () -> {
                // still holding the GIL: whoever joins the thread finds it gone when it next runs
                endedCpuNanos.addAndGet(Math.max(0, CPU_CLOCK.getCurrentThreadCpuTime()));
                running.remove(Thread.currentThread().getId());
                self.sentinels.forEach(Semaphore::release);
            });
        } catch (ThreadExit stoppedAtTheEnd) {
            // the interpreter finalized while the thread ran or waited to start (a daemon thread): no word
        } catch (ProcessExit exitInThread) {
            // os._exit in a thread: the model cannot end its whole process from here (it may be a notebook's
            // kernel), so the thread ends alone, silently
        } catch (PythonException interruptedWhileWaiting) {
            self.failure = interruptedWhileWaiting;
        } finally {
            ThreadIdents.release();
        }
    }

    private void call(ThreadState ts, PyObject function, PyTuple args, PyDict kwargs) {
        ts.decref(interp.call(ts, function, Args.unpack(ts, args, kwargs)));
    }

    /**
     * _thread._set_sentinel: {@code lock} is released when the calling thread has ended, its frames and
     * thread state gone (as CPython releases a thread's tstate lock). False for a thread not started
     * here (the main thread), which ends with the interpreter.
     */
    public boolean releaseAtEnd(Semaphore lock) {
        Running self = running.get(Thread.currentThread().getId());
        if (self == null) {
            return false;
        }
        self.sentinels.add(lock);
        return true;
    }

    /** CPU time of the threads started here: those that ended and those still running. */
    long cpuTimeNanos() {
        long total = endedCpuNanos.get();
        for (Running r : running.values()) {
            total += Math.max(0, CPU_CLOCK.getThreadCpuTime(r.thread.getId()));
        }
        return total;
    }

    /** Whether {@code thread} is one that _thread started (not the thread that runs __main__). */
    public boolean isStarted(Thread thread) {
        return running.containsKey(thread.getId());
    }

    /** _thread._count(): threads started here and still running. */
    public int count() {
        return running.size();
    }

    /** Renames a running thread (threading.Thread.name): its Java thread and its GIL statistics label. */
    public void rename(long ident, String name) {
        for (Running r : running.values()) {
            if (r.ident == ident) {
                r.thread.setName(name);
                r.state.rename(name);
            }
        }
    }

    /** Interrupts every running Python thread and waits for them: nothing is left behind. */
    public void stopAll() throws InterruptedException {
        for (Running r : running.values()) {
            r.thread.interrupt();
        }
        for (Running r : running.values()) {
            r.thread.join();
        }
    }

    /**
     * Py_FinalizeEx's end of the threads still running (daemon threads, and those _thread started): each
     * is interrupted, and, the interpreter finalizing, ends at its next check point or blocking call
     * without running more Python code ({@link ThreadExit}), its frames' references dropped. Waits at most
     * {@code patience} for each, without the GIL (they take it to drop their references); one blocked in
     * a call that no interrupt ends stays behind, frozen as CPython leaves its daemon threads.
     */
    public void exitAll(ThreadState ts, java.time.Duration patience) {
        if (running.isEmpty()) {
            return;
        }
        interp.allowThreads(ts, () -> {
            for (Running r : running.values()) {
                r.exiting = true;
                r.thread.interrupt();
            }
            for (Running r : running.values()) {
                r.join(patience);
            }
            return null;
        });
    }

    /** Whether the calling thread is one that {@link #exitAll} is stopping (the interpreter lives on after it). */
    boolean mustExit() {
        Running self = running.get(Thread.currentThread().getId());
        return self != null && self.exiting;
    }

    /** Threads that are still running. */
    public long runningCount() {
        return running.values().stream().filter(Running::isAlive).count();
    }
}
