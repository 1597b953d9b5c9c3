package org.gillab.model.compile;

/** Constant values of code objects that Java has no type for: bytes literals and the Ellipsis literal. */
public final class Constants {
    private Constants() {}

    /** A bytes literal's value. */
    public record Bytes(byte[] value) {}

    /** The value of the literal {@code ...}. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };
}
