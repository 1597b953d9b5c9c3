package org.gillab.lab;

import java.util.Map;

/**
 * Defaults for a notebook's parameters cell that an environment variable may override, so that CI
 * (and {@code gil-lab render}) can run every notebook small without editing it:
 * <pre>
 *   long count = Params.count(50_000_000L);   // GILLAB_COUNT overrides
 *   int repeats = Params.repeats(3);          // GILLAB_REPEATS overrides
 *   int workers = 2;                          // just edit the number
 * </pre>
 * Values may be written with underscores, as in Java and Python literals ({@code GILLAB_COUNT=2_000_000}).
 */
public final class Params {
    public static final String COUNT_VARIABLE = "GILLAB_COUNT";
    public static final String REPEATS_VARIABLE = "GILLAB_REPEATS";

    private Params() {}

    /** The countdown's start value: {@code GILLAB_COUNT} when set, else {@code defaultCount}. */
    public static long count(long defaultCount) {
        return count(defaultCount, System.getenv());
    }

    /** How often each run is repeated: {@code GILLAB_REPEATS} when set, else {@code defaultRepeats}. */
    public static int repeats(int defaultRepeats) {
        return repeats(defaultRepeats, System.getenv());
    }

    static long count(long defaultCount, Map<String, String> environment) {
        return inRange(0, Long.MAX_VALUE, COUNT_VARIABLE, defaultCount, environment);
    }

    static int repeats(int defaultRepeats, Map<String, String> environment) {
        return (int) inRange(1, Integer.MAX_VALUE, REPEATS_VARIABLE, defaultRepeats, environment);
    }

    private static long inRange(long minimum, long maximum, String variable, long defaultValue,
                                Map<String, String> environment) {
        String text = environment.get(variable);
        boolean unset = text == null || text.isBlank();
        long value = unset ? defaultValue : parse(variable, text.strip());
        if (value < minimum || value > maximum) {
            throw new IllegalArgumentException(variable.substring("GILLAB_".length()).toLowerCase()
                    + " must be between " + minimum + " and " + maximum + ", got " + value
                    + " from " + (unset ? "the default" : variable + "=" + text.strip()));
        }
        return value;
    }

    private static long parse(String variable, String text) {
        try {
            if (text.startsWith("_") || text.endsWith("_")) {
                throw new NumberFormatException(text);
            }
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + text
                    + " is not a whole number: set it like " + variable + "=2000000 (or 2_000_000), or unset it");
        }
    }
}
