package org.gillab.model.gil;

/** The lock variants an interpreter can run under. */
public enum GilKind {
    /** CPython 3.2+ (Python/ceval_gil.c): switch interval, drop request, forced switching. */
    NEW,
    /** CPython 2.x: release and re-acquire every check interval ticks, no forced switching. */
    OLD,
    /** Free-threaded 3.13t (PEP 703): no lock; biased reference counting, immortal constants. */
    FREE,
    /** No lock and nothing else changed: what the GIL protects, shown by racing reference counts. */
    UNSAFE;

    /** Parses "new", "old", "free" or "unsafe", with an error that lists the allowed names. */
    public static GilKind parse(String name) {
        for (GilKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown GIL kind '" + name + "': use one of new, old, free, unsafe");
    }
}
