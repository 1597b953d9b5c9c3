package org.gillab.model;

/**
 * Which CPython the model imitates where versions differ: where the eval loop checks for a GIL drop
 * request. 3.10+ checks only at backward jumps, calls and function entry (so {@code counter += 1}
 * cannot be split by a switch); 3.9 and earlier at instruction boundaries (so it can, and four
 * threads incrementing a global lose updates).
 */
public enum Profile {
    PY39("3.9", "3.9.18"),
    PY311("3.11", "3.11.7");

    private final String shortName;
    private final String version;

    Profile(String shortName, String version) {
        this.shortName = shortName;
        this.version = version;
    }

    /** "3.9" or "3.11". */
    public String shortName() {
        return shortName;
    }

    /** The CPython version sys.version reports under this profile. */
    public String version() {
        return version;
    }

    /** Whether the eval breaker is checked at every instruction boundary (3.9 and earlier). */
    public boolean checksEveryInstruction() {
        return this == PY39;
    }

    /** Parses "3.9" or "3.11" (also "3.10", "3.12", "3.13" → 3.11, "2.7"/"3.8" → 3.9), with a clear error. */
    public static Profile parse(String text) {
        String t = text.trim().toLowerCase().replace("py", "");
        return switch (t) {
            case "3.11", "311", "3.10", "3.12", "3.13" -> PY311;
            case "3.9", "39", "3.8", "3.7", "2.7" -> PY39;
            default -> throw new IllegalArgumentException("unknown profile '" + text + "': use 3.9 or 3.11");
        };
    }
}
