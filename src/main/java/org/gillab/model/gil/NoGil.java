package org.gillab.model.gil;

/**
 * No lock at all: free-threaded 3.13t (where reference counting is made safe elsewhere, by biased
 * counting) and the unsafe demonstration kind (where nothing is). Every lock call returns at once;
 * the intervals are only stored, so that sys.getswitchinterval() reads back what was set.
 */
final class NoGil implements Gil {
    private final GilKind kind;
    private volatile long switchIntervalNanos;
    private volatile int checkInterval;

    NoGil(GilKind kind, GilSettings settings) {
        this.kind = kind;
        this.switchIntervalNanos = settings.switchIntervalNanos();
        this.checkInterval = settings.checkInterval();
    }

    @Override
    public void take(GilThread thread) {
    }

    @Override
    public void drop(GilThread thread) {
    }

    @Override
    public void checkpoint(GilThread thread) {
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

    @Override
    public GilStats stats() {
        return GilStats.none(kind, switchIntervalNanos, checkInterval);
    }

    @Override
    public void resetStats() {
    }

    @Override
    public GilKind kind() {
        return kind;
    }
}
