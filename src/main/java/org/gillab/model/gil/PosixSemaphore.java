package org.gillab.model.gil;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A binary POSIX semaphore as glibc implements it (nptl/sem_post.c, nptl/sem_waitcommon.c): the lock
 * behind CPython 2.x's GIL on Linux (Python/thread_pthread.h with USE_SEMAPHORES). A value and a count
 * of registered waiters decide everything:
 * <ul>
 *   <li>{@link #release} (sem_post) sets the value and, whenever a waiter is registered, makes the
 *       futex_wake system call, which wakes one sleeping waiter if there is one;
 *   <li>{@link #acquire} (sem_wait) takes the value if it can; otherwise it registers, then sleeps
 *       (futex_wait) and tries again each time it is woken, until it wins.
 * </ul>
 * A waiter stays registered from its first failed try until it wins. So a holder that releases and at
 * once re-acquires, as 2.x's eval loop did every check interval, enters the kernel every time: it wakes
 * the waiter, which, on the other core, mostly wakes to find the value taken again and goes back to
 * sleep; while the waiter is awake, the call finds nobody to wake and costs the holder all the same.
 */
final class PosixSemaphore {
    private final AtomicBoolean value = new AtomicBoolean(true);
    /** The waiter count glibc keeps beside the value (SEM_NWAITERS). */
    private final AtomicInteger registered = new AtomicInteger();
    /** The futex's queue: registered waiters asleep or about to sleep, woken one at a time in order. */
    private final Queue<Thread> sleepers = new ConcurrentLinkedQueue<>();

    /** sem_trywait(): takes the value if it is there. */
    boolean tryAcquire() {
        return value.compareAndSet(true, false);
    }

    /**
     * sem_wait(): returns holding the value.
     *
     * @throws InterruptedException if interrupted while it waits; it then does not hold the value
     */
    void acquire() throws InterruptedException {
        if (tryAcquire()) {
            return;
        }
        registered.incrementAndGet();
        Thread me = Thread.currentThread();
        while (!tryAcquire()) {
            sleepers.add(me);
            if (!value.get()) { // futex_wait sleeps only while the value is still taken
                LockSupport.park(this);
            }
            sleepers.remove(me);
            if (Thread.interrupted()) {
                registered.decrementAndGet();
                if (value.get()) {
                    unparkSleeper(); // the wake-up this thread may have used up belongs to another waiter
                }
                throw new InterruptedException();
            }
        }
        registered.decrementAndGet();
    }

    /**
     * sem_post(): with a waiter registered, futex_wake(1): a sleeping waiter is woken (unpark is itself a
     * futex wake); when none sleeps, the system call is made all the same, as glibc makes it, and wakes nobody.
     */
    void release() {
        value.set(true);
        if (registered.get() > 0 && !unparkSleeper()) {
            FutexWake.onNobody();
        }
    }

    /** Wakes the first sleeping waiter; false when none sleeps. */
    private boolean unparkSleeper() {
        Thread sleeper = sleepers.poll();
        if (sleeper == null) {
            return false;
        }
        LockSupport.unpark(sleeper);
        return true;
    }
}
