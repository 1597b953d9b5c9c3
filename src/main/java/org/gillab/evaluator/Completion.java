package org.gillab.evaluator;

import java.util.List;

/** Completion candidates that replace the text between {@code start} and {@code end} (char offsets in the cell). */
public record Completion(List<String> matches, int start, int end) {
    /** The same completion for text that starts {@code offset} characters into the cell. */
    Completion shifted(int offset) {
        return new Completion(matches, start + offset, end + offset);
    }
}
