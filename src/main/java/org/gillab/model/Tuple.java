package org.gillab.model;

import java.util.List;

/** A Python tuple as a Java value: an immutable list of converted items (see the model's conversions). */
public record Tuple(List<Object> items) {
    public Tuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    public static Tuple of(Object... items) {
        return new Tuple(java.util.Arrays.asList(items));
    }

    public Object get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }
}
