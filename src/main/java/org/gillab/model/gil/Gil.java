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
            case FREE, UNSAFE -> new NoGil(kind, settings);
            // NEW and OLD land with the gil package's implementation (issue 3).
            case NEW, OLD -> throw new UnsupportedOperationException(kind + " GIL not implemented yet");
        };
    }

    /** take_gil(): blocks until the calling thread holds the lock. Interrupt ends the wait. */
    void take(GilThread thread) throws InterruptedException;

    /** drop_gil() without a forced switch: before a blocking call, or when the thread ends. */
    void drop(GilThread thread);

    /**
     * An eval-breaker check point reached by the holder. Returns at once when nothing is pending;
     * otherwise gives the lock up as the variant does (drop request + forced switch for new, the
     * check-interval release for old) and returns when it holds the lock again.
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

    /** Which variant this is. */
    GilKind kind();
}
