package org.gillab.evaluator;

/** Answer to "can this cell run as it is?": status complete, incomplete (with the indent for the next line) or invalid. */
public record CompletenessCheck(String status, String indent) {
    public static final CompletenessCheck COMPLETE = new CompletenessCheck("complete", "");
    public static final CompletenessCheck INCOMPLETE = new CompletenessCheck("incomplete", "    ");
    public static final CompletenessCheck INVALID = new CompletenessCheck("invalid", "");
}
