package org.gillab.model.compile;

/** Constant values of code objects that Java has no type for: bytes, imaginary and Ellipsis literals. */
public final class Constants {
    private Constants() {}

    /** A bytes literal's value. */
    public record Bytes(byte[] value) {}

    /** An imaginary literal's value ({@code 2j}: the complex number 0+2j). */
    public record Imaginary(double value) {}

    /** The value of the literal {@code ...}. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };
}
