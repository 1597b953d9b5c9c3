package org.gillab.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The state of one multiprocessing SemLock in shared memory, what CPython keeps in a named POSIX
 * semaphore: four aligned 64-bit words at an offset of a mapped segment, which every process holding
 * the lock maps. The count is taken and given back by compare-and-set, as sem_trywait and sem_post
 * do on the futex word; the holder (process id, thread ident) and how deeply it holds the lock are
 * written by the holder after it takes the count and read by anyone (a repr, Condition.wait).
 *
 * <p>Java cannot sleep on a futex, so a blocked taker spins a little (a lock held for a few
 * instructions of another process), then parks for growing intervals up to a millisecond, re-trying
 * each time: a process waiting for seconds costs a wake-up a millisecond, not a core.
 */
final class SemaphoreSlot {
    /** Bytes one slot takes. */
    static final int SIZE = 32;

    private static final VarHandle WORD = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final int VALUE = 0;
    private static final int OWNER_PID = 8;
    private static final int OWNER_THREAD = 16;
    private static final int DEPTH = 24;
    private static final int SPINS = 200;
    private static final long FIRST_PARK = TimeUnit.MICROSECONDS.toNanos(2);
    private static final long LONGEST_PARK = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long PID = ProcessHandle.current().pid();

    private final ByteBuffer memory;
    private final int offset;

    SemaphoreSlot(ByteBuffer memory, int offset) {
        this.memory = memory;
        this.offset = offset;
    }

    /** A new slot's first state: the count, no holder. */
    void initialize(long value) {
        put(OWNER_PID, 0);
        put(OWNER_THREAD, 0);
        put(DEPTH, 0);
        put(VALUE, value);
    }

    long value() {
        return get(VALUE);
    }

    /** Takes one from the count if it is positive, and records the caller as holder. */
    boolean tryAcquire(long thread) {
        long value;
        do {
            value = get(VALUE);
            if (value <= 0) {
                return false;
            }
        } while (!WORD.compareAndSet(memory, offset + VALUE, value, value - 1));
        put(OWNER_PID, PID);
        put(OWNER_THREAD, thread);
        put(DEPTH, 1);
        return true;
    }

    /**
     * Tries until the count is taken or the deadline (System.nanoTime; Long.MAX_VALUE for none)
     * passes; an interrupt ends the wait (the caller's KeyboardInterrupt).
     */
    boolean acquire(long thread, long deadline) throws InterruptedException {
        for (int i = 0; i < SPINS; i++) {
            if (tryAcquire(thread)) {
                return true;
            }
            Thread.onSpinWait();
        }
        long park = FIRST_PARK;
        while (!tryAcquire(thread)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(park, left));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            park = Math.min(park * 2, LONGEST_PARK);
        }
        return true;
    }

    /** Gives one back to the count, unless that would pass bound (0: none); false when it would. */
    boolean release(long bound) {
        put(OWNER_PID, 0);
        put(OWNER_THREAD, 0);
        put(DEPTH, 0);
        long value;
        do {
            value = get(VALUE);
            if (bound > 0 && value >= bound) {
                return false;
            }
        } while (!WORD.compareAndSet(memory, offset + VALUE, value, value + 1));
        return true;
    }

    /** Whether the calling thread of this process is the holder. */
    boolean heldBy(long thread) {
        return get(DEPTH) > 0 && get(OWNER_PID) == PID && get(OWNER_THREAD) == thread;
    }

    /** How deeply this process holds the lock: CPython's per-process count (0 when another holds it). */
    long depthHere() {
        return get(OWNER_PID) == PID ? get(DEPTH) : 0;
    }

    /** A recursive acquire or release by the holder, which alone writes its depth. */
    void nest(long by) {
        put(DEPTH, get(DEPTH) + by);
    }

    private long get(int field) {
        return (long) WORD.getVolatile(memory, offset + field);
    }

    private void put(int field, long value) {
        WORD.setVolatile(memory, offset + field, value);
    }
}
