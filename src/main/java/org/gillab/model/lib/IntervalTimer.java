package org.gillab.model.lib;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One of the process's interval timers, as setitimer(2) keeps them for Modules/signalmodule.c's
 * setitimer, getitimer and alarm: armed with a value, it expires when its clock has advanced by that
 * much, then every interval (none: once). A daemon Java thread waits for it while it is armed and
 * ends when it is disarmed or expires for the last time, so that no thread outlives the timer.
 * Expiring runs {@code expire} (the delivery of the timer's signal) on that thread, without the GIL.
 */
final class IntervalTimer {
    /** Linux's getitimer reports an armed timer as at least one microsecond from expiring. */
    private static final long LEAST_REMAINING = 1_000;

    private final String name;
    private final LongSupplier clock;
    /** How many times faster than wall time the clock may advance: the CPU time of several threads can. */
    private final int speed;
    private final Runnable expire;
    /** The clock's reading at which the timer expires next (guarded by this). */
    private long deadline;
    private long interval;
    /** The thread waiting for the armed timer; null while it is disarmed. */
    private Thread waiter;

    /** A timer's setting in nanoseconds: what is left before it expires and its interval; (0, 0) when disarmed. */
    record Setting(long remaining, long interval) {}

    /**
     * @param clock  nanoseconds, System::nanoTime for ITIMER_REAL or a CPU time for the others
     * @param speed  the most the clock advances in one nanosecond of wall time
     */
    IntervalTimer(String name, LongSupplier clock, int speed, Runnable expire) {
        this.name = name;
        this.clock = clock;
        this.speed = speed;
        this.expire = expire;
    }

    /** setitimer(2): arms the timer ({@code value} 0 disarms it, whatever the interval) and returns the old setting. */
    synchronized Setting set(long value, long interval) {
        Setting old = get();
        if (value == 0) {
            disarm();
            return old;
        }
        this.deadline = clock.getAsLong() + value;
        this.interval = interval;
        if (waiter == null) {
            waiter = new Thread(this::waitAndExpire, name);
            waiter.setDaemon(true);
            waiter.start();
        }
        notifyAll(); // a waiter already running measures the new deadline
        return old;
    }

    /** getitimer(2). */
    synchronized Setting get() {
        if (waiter == null) {
            return new Setting(0, 0);
        }
        return new Setting(Math.max(LEAST_REMAINING, deadline - clock.getAsLong()), interval);
    }

    /** Disarms the timer; its thread ends. */
    synchronized void disarm() {
        waiter = null;
        interval = 0;
        notifyAll();
    }

    /** The waiter's loop: sleeps until the deadline, expires, and goes on while the timer has an interval. */
    private synchronized void waitAndExpire() {
        Thread self = Thread.currentThread();
        try {
            while (waiter == self) {
                long now = clock.getAsLong();
                long left = deadline - now;
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, left / speed));
                    continue;
                }
                expire.run();
                if (interval == 0) {
                    waiter = null;
                } else {
                    // periods the clock has already passed are skipped, as the kernel forwards its timer
                    deadline += interval * ((now - deadline) / interval + 1);
                }
            }
        } catch (InterruptedException stopped) {
            waiter = null; // nothing of the model interrupts a waiter; were it interrupted, the timer is disarmed
        }
    }
}
