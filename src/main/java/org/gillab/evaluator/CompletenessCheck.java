package org.gillab.evaluator;

/** Answer to "can this cell run as it is?": status complete, incomplete (with the indent for the next line) or invalid. */
public record CompletenessCheck(String status, String indent) {
    static final CompletenessCheck COMPLETE = new CompletenessCheck("complete", "");
    static final CompletenessCheck INCOMPLETE = new CompletenessCheck("incomplete", "    ");
    static final CompletenessCheck INVALID = new CompletenessCheck("invalid", "");
}
