package org.gillab.model;

/**
 * Reference-counting counters of one interpreter's heap.
 *
 * @param allocations  objects made (immortal ones excluded)
 * @param frees        objects freed because their count reached zero
 * @param useAfterFree accesses to an object after it was freed (only the unsafe kind survives one)
 */
public record HeapStats(long allocations, long frees, long useAfterFree) {
    /** Objects alive now: allocations minus frees. Negative when racing counts freed objects twice. */
    public long live() {
        return allocations - frees;
    }

    @Override
    public String toString() {
        return "heap: " + allocations + " allocations, " + frees + " frees, " + live() + " live, "
                + useAfterFree + " uses after free";
    }
}
