package org.gillab.model.gil;

/**
 * No lock at all: free-threaded 3.13t (where reference counting is made safe elsewhere, by biased
 * counting) and the unsafe demonstration kind (where nothing is). Every lock call returns at once;
 * the intervals are only stored, so that sys.getswitchinterval() reads back what was set.
 */
final class NoGil extends AbstractGil {
    private final GilKind kind;

    NoGil(GilKind kind, GilSettings settings) {
        super(settings);
        this.kind = kind;
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
