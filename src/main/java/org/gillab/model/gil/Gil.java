package org.gillab.model.gil;

/**
 * One interpreter's global lock, as the eval loop sees it. Implementations mirror CPython's
 * Python/ceval_gil.c (new), the 2.x ceval.c ticker (old), or hold no lock at all (free, unsafe).
 *
 * <p>The calling convention mirrors CPython's: a thread calls {@link #take} before it runs any
 * bytecode, {@link #checkpoint} at each eval-breaker check point of its version profile, {@link #drop}
 * around a blocking call (followed by {@link #take} when it returns) and when it exits.
 *
 * <p>For the {@link GilKind#OLD old} lock each {@link #checkpoint} call is one tick of 2.x's
 * {@code _Py_Ticker}: the eval loop calls it at every instruction boundary, and every
 * {@link #checkInterval()} ticks the holder releases and re-acquires the lock.
 */
public interface Gil {

    /** A lock of the given kind. */
    static Gil create(GilKind kind, GilSettings settings) {
        return switch (kind) {
            case NEW -> new NewGil(settings);
            case OLD -> new OldGil(settings);
            case FREE, UNSAFE -> new NoGil(kind, settings);
        };
    }

    /**
     * take_gil(): blocks until the calling thread holds the lock.
     *
     * @throws InterruptedException if the thread is interrupted while it waits; it then does not hold
     *                              the lock, which stays usable by the others
     * @throws IllegalStateException if the thread already holds the lock
     */
    void take(GilThread thread) throws InterruptedException;

    /**
     * drop_gil(): before a blocking call, or when the thread ends. For the new lock this is CPython's
     * drop_gil() exactly: if a waiter's drop request happens to be pending, the dropper waits for the
     * hand-off (FORCE_SWITCHING); otherwise it returns at once, and a thread that comes back from its
     * blocking call waits in {@link #take} like any other (the convoy effect).
     *
     * @throws IllegalStateException if the thread does not hold the lock
     */
    void drop(GilThread thread);

    /**
     * An eval-breaker check point reached by the holder. Returns at once when nothing is pending;
     * otherwise gives the lock up as the variant does (drop request + forced switch for new, the
     * check-interval release for old) and returns when it holds the lock again.
     *
     * @throws InterruptedException if the thread is interrupted while it waits to take the lock back;
     *                              it then does not hold the lock and must {@link #take} it again
     *                              before it runs any bytecode
     */
    void checkpoint(GilThread thread) throws InterruptedException;

    /**
     * sys.setswitchinterval(): how long a waiter waits before it asks the holder to drop the lock.
     * Takes effect from the next wait, as in CPython.
     *
     * @throws IllegalArgumentException if {@code nanos} is not positive
     */
    void setSwitchInterval(long nanos);

    /** sys.getswitchinterval(), in nanoseconds. */
    long switchIntervalNanos();

    /**
     * sys.setcheckinterval(): how many ticks (checkpoint calls) the old lock's holder runs before
     * it releases and re-acquires the lock.
     *
     * @throws IllegalArgumentException if {@code ticks} is less than 1
     */
    void setCheckInterval(int ticks);

    /** sys.getcheckinterval(). */
    int checkInterval();

    /** Counters of this lock since it was made (or last reset). */
    GilStats stats();

    /** Starts counting afresh, e.g. to measure one phase of a program. */
    void resetStats();

    /** Which variant this is. */
    GilKind kind();
}
