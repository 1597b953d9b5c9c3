package org.gillab.evaluator;

/** What is known about the code at a cursor: signatures and, where its sources are available, javadoc. */
public record Inspection(boolean found, String text) {
    public static final Inspection NOTHING = new Inspection(false, "");
}
