package org.gillab.model.gil;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The GIL of CPython 2.x (up to 3.1): a plain lock, as 2.x's PyThread lock built from a mutex, a
 * {@code locked} flag and a condition (Python/thread_pthread.h), released and re-acquired by the
 * holder every check interval ticks (Python/ceval.c: {@code if (--_Py_Ticker < 0)}).
 *
 * <p>There is no switch interval, no drop request and no forced switching: the release signals one
 * waiter, but the releasing thread goes straight on to re-acquire the lock and, already running on
 * its core, usually wins; the woken waiter finds the lock taken and goes back to sleep. That futile
 * wake-up, repeated every check interval, is why two CPU-bound threads ran slower than one on
 * multicore machines.
 */
final class OldGil implements Gil {
    /** The PyThread lock's mutex: guards {@code locked} and {@code waiters}. */
    private final ReentrantLock mutex = new ReentrantLock();
    /** The PyThread lock's condition: signalled when the lock is released. */
    private final Condition released = mutex.newCondition();

    /** Whether a thread holds the lock; written under {@code mutex}. */
    private volatile boolean locked;
    /** The thread that took the lock last; written under {@code mutex}. */
    private volatile GilThread holder;
    /** Threads waiting for the lock; guarded by {@code mutex}. */
    private int waiters;
    /** _Py_Ticker: ticks left before the next release; only the holder touches it. */
    private int ticker;
    /** _Py_CheckInterval. */
    private volatile int checkInterval;
    /** Stored for sys.getswitchinterval(); the old GIL has no timed waits. */
    private volatile long switchIntervalNanos;

    private final Instrumentation instrumentation;

    OldGil(GilSettings settings) {
        this.checkInterval = settings.checkInterval();
        this.ticker = checkInterval;
        this.switchIntervalNanos = settings.switchIntervalNanos();
        this.instrumentation = new Instrumentation(settings.timelineCapacity());
    }

    @Override
    public void take(GilThread thread) throws InterruptedException {
        acquire(thread, System.nanoTime());
    }

    @Override
    public void drop(GilThread thread) {
        if (!locked || holder != thread) {
            throw new IllegalStateException("release: thread '" + thread.name() + "' does not hold the GIL");
        }
        instrumentation.released(thread, System.nanoTime());
        mutex.lock();
        try {
            locked = false;
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** One tick; when the ticker runs out, the periodic release of 2.x's eval loop. */
    @Override
    public void checkpoint(GilThread thread) throws InterruptedException {
        if (--ticker < 0) {
            ticker = checkInterval;
            giveAnotherThreadAChance(thread);
        }
    }

    /** PyThread_acquire_lock(lock, WAIT_LOCK). */
    private void acquire(GilThread thread, long waitStart) throws InterruptedException {
        instrumentation.enter(thread);
        mutex.lock();
        try {
            if (locked && holder == thread) {
                throw new IllegalStateException("acquire: thread '" + thread.name() + "' already holds the GIL");
            }
            if (locked) {
                waitUntilReleased();
            }
            locked = true;
            if (holder != thread) {
                holder = thread;
                instrumentation.handoff();
            }
            instrumentation.acquired(thread, waitStart, System.nanoTime());
        } finally {
            mutex.unlock();
        }
    }

    /** Called and returns with {@code mutex} held. */
    private void waitUntilReleased() throws InterruptedException {
        waiters++;
        try {
            while (locked) {
                released.await();
            }
        } catch (InterruptedException interrupt) {
            if (!locked) {
                released.signal(); // pass on a release signal this thread may have consumed
            }
            throw interrupt;
        } finally {
            waiters--;
        }
    }

    /**
     * "Give another thread a chance": PyThread_release_lock() then PyThread_acquire_lock(). They were
     * two calls, so the mutex is free in between and a woken waiter can, now and then, win.
     */
    private void giveAnotherThreadAChance(GilThread thread) throws InterruptedException {
        instrumentation.checkIntervalRelease();
        long releasedAt;
        mutex.lock();
        try {
            // The clock is read only when someone may take over: a hold that goes on costs nothing.
            releasedAt = waiters > 0 ? System.nanoTime() : 0;
            locked = false;
            released.signal();
        } finally {
            mutex.unlock();
        }
        mutex.lock();
        try {
            if (!locked && holder == thread) {
                locked = true; // won it straight back, nobody held it meanwhile: the same hold goes on
                return;
            }
        } finally {
            mutex.unlock();
        }
        long lostAt = releasedAt != 0 ? releasedAt : System.nanoTime();
        instrumentation.released(thread, lostAt);
        acquire(thread, lostAt);
    }

    @Override
    public void setSwitchInterval(long nanos) {
        switchIntervalNanos = GilSettings.requireValidSwitchInterval(nanos);
    }

    @Override
    public long switchIntervalNanos() {
        return switchIntervalNanos;
    }

    /** sys.setcheckinterval(): as in 2.7, the ticker restarts from the new interval. */
    @Override
    public void setCheckInterval(int ticks) {
        checkInterval = GilSettings.requireValidCheckInterval(ticks);
        ticker = ticks;
    }

    @Override
    public int checkInterval() {
        return checkInterval;
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
