package org.gillab.model.gil;

/**
 * What every lock shares: the two intervals sys can set. Each kind is driven by at most one of them
 * (the new GIL by the switch interval, the old by the check interval) and stores the other, so that
 * sys.getswitchinterval() and sys.getcheckinterval() read back what was set, as in CPython.
 */
abstract class AbstractGil implements Gil {
    /** gil->interval, in nanoseconds (CPython keeps microseconds). */
    protected volatile long switchIntervalNanos;
    /** _Py_CheckInterval. */
    protected volatile int checkInterval;

    AbstractGil(GilSettings settings) {
        this.switchIntervalNanos = settings.switchIntervalNanos();
        this.checkInterval = settings.checkInterval();
    }

    @Override
    public void setSwitchInterval(long nanos) {
        switchIntervalNanos = GilSettings.requireValidSwitchInterval(nanos);
    }

    @Override
    public long switchIntervalNanos() {
        return switchIntervalNanos;
    }

    @Override
    public void setCheckInterval(int ticks) {
        checkInterval = GilSettings.requireValidCheckInterval(ticks);
    }

    @Override
    public int checkInterval() {
        return checkInterval;
    }
}
