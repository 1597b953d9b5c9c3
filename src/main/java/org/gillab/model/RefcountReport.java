package org.gillab.model;

/**
 * What the reference-count checker found: every object reachable from the interpreter's modules and
 * threads was counted, and its reference count compared with the number of references to it that
 * really exist.
 *
 * @param objects     counted (non-immortal) objects reachable from the roots
 * @param lostCounts  objects whose count is LOWER than their references (lost increments: freed too early)
 * @param extraCounts objects whose count is HIGHER than their references (lost decrements: never freed)
 * @param freed       reachable objects that were already freed (a use after free waiting to happen)
 * @param leaked      live objects (allocations - frees) that nothing reachable refers to
 * @param examples    a few of the wrong objects, described (leaked ones only where the heap tracks its objects)
 */
public record RefcountReport(long objects, long lostCounts, long extraCounts, long freed, long leaked, java.util.List<String> examples) {
    /** True when every count is exact and nothing leaked. */
    public boolean exact() {
        return lostCounts == 0 && extraCounts == 0 && freed == 0 && leaked == 0;
    }

    @Override
    public String toString() {
        return exact() ? "reference counts exact (" + objects + " objects checked)"
                : "reference counts WRONG: " + lostCounts + " too low, " + extraCounts + " too high, " + freed
                + " freed but reachable, " + leaked + " leaked (" + objects + " objects checked)"
                + (examples.isEmpty() ? "" : ": " + String.join("; ", examples));
    }
}
