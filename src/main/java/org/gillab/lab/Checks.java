package org.gillab.lab;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Argument checks whose messages name the bad value and what is allowed. */
final class Checks {
    private Checks() {}

    static int[] workers(int... counts) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("give at least one worker count, e.g. workers(2) or workers(1, 2, 4, 8)");
        }
        for (int n : counts) {
            atLeast("workers", n, 1);
        }
        return counts.clone();
    }

    static long atLeast(String what, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(what + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }

    static double positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + value);
        }
        return value;
    }

    /** {@code name} lower-cased if it is one of {@code allowed}, else an error listing them. */
    static String oneOf(String what, String name, List<String> allowed) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(key)) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "': use one of " + String.join(", ", allowed));
        }
        return key;
    }

    /** The names lower-cased, in order, without repeats; an error when there are none or one is unknown. */
    static Set<String> names(String what, String[] names, List<String> allowed) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("give at least one " + what + ": " + String.join(", ", allowed));
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            kept.add(oneOf(what, name, allowed));
        }
        return kept;
    }

    /** Switch intervals in milliseconds: at least one, each positive; a copy of them. */
    static double[] intervalsMs(double... milliseconds) {
        if (milliseconds == null || milliseconds.length == 0) {
            throw new IllegalArgumentException("give at least one switch interval in ms, e.g. intervals(0.5, 5, 50)");
        }
        for (double ms : milliseconds) {
            positive("switch interval (ms)", ms);
        }
        return milliseconds.clone();
    }
}
