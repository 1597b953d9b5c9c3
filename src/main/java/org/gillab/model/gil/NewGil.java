package org.gillab.model.gil;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The GIL of CPython 3.2+: a port of take_gil() and drop_gil() in Python/ceval_gil.c (3.12;
 * Python/ceval_gil.h in 3.11), with FORCE_SWITCHING, as described in that file's notes.
 *
 * <p>The lock is a {@code locked} flag guarded by {@code mutex}; its release is signalled on
 * {@code cond}. A waiter waits one switch interval at a time; only when a wait truly timed out, the
 * lock is still held and no hand-off happened meanwhile ({@code switch_number} unchanged) does it set
 * {@code gil_drop_request}, which the holder polls at its eval-breaker check points. A holder that
 * drops on request then waits on {@code switch_cond} until another thread has actually taken the lock.
 *
 * <p>Waiters park on conditions; nothing spins. The only cost on the holder's fast path is the
 * volatile read of the drop request in {@link #checkpoint}.
 */
final class NewGil extends AbstractGil {
    /** gil->mutex: guards {@code locked} and {@code switchNumber}; held only briefly. */
    private final ReentrantLock mutex = new ReentrantLock();
    /** gil->cond: signalled when the lock is dropped. */
    private final Condition cond = mutex.newCondition();
    /** gil->switch_mutex: taken before changing {@code lastHolder} (see drop_gil()). */
    private final ReentrantLock switchMutex = new ReentrantLock();
    /** gil->switch_cond: signalled when a thread has taken the lock. */
    private final Condition switchCond = switchMutex.newCondition();

    /** gil->locked; written under {@code mutex}, volatile so a drop can check its caller cheaply. */
    private volatile boolean locked;
    /** gil->last_holder; written under {@code mutex} and {@code switchMutex}. */
    private volatile GilThread lastHolder;
    /** gil->switch_number: hand-offs so far; guarded by {@code mutex}. */
    private long switchNumber;
    /** ceval->gil_drop_request, the eval breaker the holder polls. */
    private volatile boolean dropRequest;
    /**
     * Threads inside take() that have not got the lock yet; written under {@code mutex}. Not in
     * CPython, where a waiter cannot leave take_gil() early: here an interrupt can end a wait, and the
     * forced-switch wait in drop() must then not wait for a hand-off that will never come.
     */
    private volatile int waiters;

    private final Instrumentation instrumentation;

    NewGil(GilSettings settings) {
        super(settings);
        this.instrumentation = new Instrumentation(settings.timelineCapacity());
    }

    @Override
    public void take(GilThread thread) throws InterruptedException {
        takeGil(thread, System.nanoTime());
    }

    @Override
    public void drop(GilThread thread) {
        dropGil(thread, System.nanoTime());
    }

    /** The drop-request part of _Py_HandlePending() in Python/ceval_gil.c. */
    @Override
    public void checkpoint(GilThread thread) throws InterruptedException {
        if (dropRequest) {
            long now = System.nanoTime();
            dropGil(thread, now);
            // Other threads may run now.
            takeGil(thread, now);
        }
    }

    /** Mirrors take_gil(). */
    private void takeGil(GilThread thread, long waitStart) throws InterruptedException {
        instrumentation.enter(thread);
        mutex.lock();
        try {
            if (locked && lastHolder == thread) {
                throw new IllegalStateException("take_gil: thread '" + thread.name() + "' already holds the GIL");
            }
            boolean waited = locked;
            if (waited) {
                waitWhileLocked();
            }
            // _ready: we now hold the GIL.
            switchMutex.lock();
            try {
                locked = true;
                if (lastHolder != thread) {
                    lastHolder = thread;
                    switchNumber++;
                    instrumentation.handoff();
                }
                if (waited) {
                    waiters--;
                }
                switchCond.signal();
            } finally {
                switchMutex.unlock();
            }
            if (dropRequest) {
                dropRequest = false; // RESET_GIL_DROP_REQUEST: whoever asked, the lock has just changed hands
            }
            instrumentation.acquired(thread, waitStart, System.nanoTime());
        } finally {
            mutex.unlock();
        }
    }

    /** The waiting loop of take_gil(); called and returns with {@code mutex} held. */
    private void waitWhileLocked() throws InterruptedException {
        waiters++;
        boolean requested = false;
        try {
            while (locked) {
                long savedSwitchNumber = switchNumber;
                // COND_TIMED_WAIT: a signal or a spurious wake-up is not a time-out, and the next
                // round waits a full interval again, as in CPython.
                boolean timedOut = cond.awaitNanos(switchIntervalNanos) <= 0;
                if (timedOut && locked && switchNumber == savedSwitchNumber) {
                    dropRequest = true; // SET_GIL_DROP_REQUEST
                    requested = true;
                    instrumentation.dropRequest();
                }
            }
        } catch (InterruptedException interrupt) {
            abandonWait(requested);
            throw interrupt;
        }
    }

    /**
     * Leaves take() early on an interrupt with the lock state consistent. Like gh-96387's fix for a
     * thread that must exit inside take_gil(), it withdraws its drop request; it also passes on a
     * release signal it may have consumed, and wakes a forced-switch wait that counted on it.
     */
    private void abandonWait(boolean requested) {
        waiters--;
        if (requested) {
            dropRequest = false;
        }
        if (!locked) {
            cond.signal();
        }
        switchMutex.lock();
        try {
            switchCond.signalAll();
        } finally {
            switchMutex.unlock();
        }
    }

    /** Mirrors drop_gil(), FORCE_SWITCHING included. */
    private void dropGil(GilThread thread, long now) {
        if (!locked || lastHolder != thread) {
            throw new IllegalStateException("drop_gil: thread '" + thread.name() + "' does not hold the GIL");
        }
        instrumentation.released(thread, now);
        mutex.lock();
        try {
            locked = false;
            cond.signal();
        } finally {
            mutex.unlock();
        }
        if (dropRequest) {
            switchMutex.lock();
            try {
                if (lastHolder == thread) {
                    // Not switched yet: wait until another thread has taken the lock, or the dropper,
                    // still running on its core, would win it straight back.
                    dropRequest = false; // RESET_GIL_DROP_REQUEST
                    instrumentation.forcedSwitch();
                    while (lastHolder == thread && waiters > 0) {
                        switchCond.awaitUninterruptibly();
                    }
                }
            } finally {
                switchMutex.unlock();
            }
        }
    }

    @Override
    public GilStats stats() {
        return instrumentation.snapshot(GilKind.NEW, switchIntervalNanos, checkInterval);
    }

    @Override
    public void resetStats() {
        instrumentation.reset();
    }

    @Override
    public GilKind kind() {
        return GilKind.NEW;
    }
}
