package org.gillab.model;

import java.util.List;

/** A Python tuple seen from Java: an immutable sequence, kept apart from a list. */
public record Tuple(List<Object> items) {
    public Tuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    public static Tuple of(Object... items) {
        return new Tuple(java.util.Arrays.asList(items));
    }
}
