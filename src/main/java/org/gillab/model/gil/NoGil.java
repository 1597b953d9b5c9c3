package org.gillab.model.gil;

/**
 * No lock at all: free-threaded 3.13t (where reference counting is made safe elsewhere, by biased
 * counting) and the unsafe demonstration kind (where nothing is). Every call returns at once.
 */
final class NoGil implements Gil {
    private final GilKind kind;

    NoGil(GilKind kind) {
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
        return new GilStats(0, 0);
    }

    @Override
    public GilKind kind() {
        return kind;
    }
}
