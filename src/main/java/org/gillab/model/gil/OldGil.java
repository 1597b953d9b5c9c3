package org.gillab.model.gil;

/**
 * The GIL of CPython 2.x (up to 3.1): a plain PyThread lock, on Linux a POSIX semaphore
 * ({@link PosixSemaphore}), released and re-acquired by the holder every check interval ticks
 * (Python/ceval.c: {@code if (--_Py_Ticker < 0)} ... "Give another thread a chance").
 *
 * <p>There is no switch interval, no drop request and no forced switching: the release wakes a
 * waiter, but the releasing thread goes straight on to re-acquire the lock and, already running on
 * its core, usually wins; the woken waiter finds the lock taken and goes back to sleep. That futile
 * wake-up, paid for by the holder at every check interval, is why two CPU-bound threads ran slower
 * than one on multicore machines.
 */
final class OldGil extends AbstractGil {
    /** interpreter_lock. */
    private final PosixSemaphore lock = new PosixSemaphore();
    /** The thread holding the lock, null while it is free; only the holder writes it. */
    private volatile GilThread holder;
    /** The thread that took the lock last: a take by another thread is a hand-off. */
    private volatile GilThread lastHolder;
    /** _Py_Ticker: ticks left before the next release; only the holder touches it. */
    private int ticker;
    private final Instrumentation instrumentation;

    OldGil(GilSettings settings) {
        super(settings);
        this.ticker = checkInterval;
        this.instrumentation = new Instrumentation(settings.timelineCapacity());
    }

    /** PyEval_RestoreThread(): PyThread_acquire_lock(interpreter_lock, WAIT_LOCK). */
    @Override
    public void take(GilThread thread) throws InterruptedException {
        instrumentation.enter(thread);
        if (holder == thread) {
            throw new IllegalStateException("acquire: thread '" + thread.name() + "' already holds the GIL");
        }
        long waitStart = System.nanoTime();
        lock.acquire();
        becomeHolder(thread, waitStart);
    }

    /** PyEval_SaveThread(): PyThread_release_lock(interpreter_lock). */
    @Override
    public void drop(GilThread thread) {
        if (holder != thread) {
            throw new IllegalStateException("release: thread '" + thread.name() + "' does not hold the GIL");
        }
        instrumentation.released(thread, System.nanoTime());
        holder = null;
        lock.release();
    }

    /** One tick; when the ticker runs out, the periodic release of 2.x's eval loop. */
    @Override
    public void checkpoint(GilThread thread) throws InterruptedException {
        if (--ticker < 0) {
            ticker = checkInterval;
            giveAnotherThreadAChance(thread);
        }
    }

    /** "Give another thread a chance": PyThread_release_lock() then PyThread_acquire_lock(). */
    private void giveAnotherThreadAChance(GilThread thread) throws InterruptedException {
        instrumentation.checkIntervalRelease();
        long releasedAt = System.nanoTime(); // where this hold ends if another thread takes over
        holder = null;
        lock.release();
        // Other threads may run now.
        boolean wonBack = lock.tryAcquire();
        if (wonBack && lastHolder == thread) {
            holder = thread; // nobody held it meanwhile: the same hold goes on
            return;
        }
        instrumentation.released(thread, releasedAt);
        if (!wonBack) {
            lock.acquire();
        }
        becomeHolder(thread, releasedAt);
    }

    private void becomeHolder(GilThread thread, long waitStart) {
        holder = thread;
        if (lastHolder != thread) {
            lastHolder = thread;
            instrumentation.handoff();
        }
        instrumentation.acquired(thread, waitStart, System.nanoTime());
    }

    /** sys.setcheckinterval(): as in 2.7, the ticker restarts from the new interval. */
    @Override
    public void setCheckInterval(int ticks) {
        super.setCheckInterval(ticks);
        ticker = ticks;
    }

    @Override
    public GilStats stats() {
        return instrumentation.snapshot(GilKind.OLD, switchIntervalNanos, checkInterval);
    }

    @Override
    public void resetStats() {
        instrumentation.reset();
    }

    @Override
    public GilKind kind() {
        return GilKind.OLD;
    }
}
