package org.gillab.model.compile;

import java.util.List;

/**
 * The marker line CPython 3.11 prints under a traceback's source line (traceback.py,
 * StackSummary.format_frame_summary): {@code ^} under the failing instruction's source, or, for a
 * binary operation or a subscript, {@code ~} under the operands and {@code ^} under the operator or
 * the brackets (_extract_caret_anchors_from_line_segment). None when the source is the whole line.
 */
public final class Carets {
    private Carets() {
    }

    /**
     * @param sourceLine the instruction's first source line, as in the file (no newline)
     * @param position   where the instruction's source lies
     * @return the marker line, or null when CPython prints none
     */
    public static String under(String sourceLine, Pos position) {
        String stripped = sourceLine.strip();
        String line = sourceLine + "\n"; // linecache's lines end in a newline, and the offsets count it
        int start = position.column();
        int end = position.endColumn();
        boolean oneLine = position.line() == position.endLine();
        // the end column of a span over several lines is on its last line: only one line's must follow the start
        if (stripped.isEmpty() || start < 0 || start > sourceLine.length() || end < 0 || oneLine && end < start) {
            return null;
        }
        int strippedCharacters = line.length() - stripped.length();
        int[] anchors = null;
        if (oneLine) {
            anchors = anchors(line.substring(start, Math.min(end, line.length())));
        } else {
            end = line.stripTrailing().length(); // up to the line's last non-blank character
        }
        boolean partOfTheLine = end - start < stripped.length();
        if (!partOfTheLine && (anchors == null || anchors[1] - anchors[0] <= 0)) {
            return null;
        }
        StringBuilder row = new StringBuilder("    ").append(" ".repeat(Math.max(0, start + 1 - strippedCharacters)));
        if (anchors == null) {
            return row.append("^".repeat(end - start)).toString();
        }
        return row.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0]))
                .append("~".repeat(Math.max(0, end - start - anchors[1]))).toString();
    }

    /** The operator's (or the brackets') start and end in {@code segment}, or null: CPython's anchors. */
    private static int[] anchors(String segment) {
        List<Stmt> body;
        try {
            body = Parser.parseModule(new Source(segment, "<segment>"));
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        if (statement.value() instanceof Expr.BinOp op) {
            String operator = segment.substring(op.left().pos().endColumn(), op.right().pos().column());
            int operatorOffset = operator.length() - operator.stripLeading().length();
            int left = op.left().pos().endColumn() + operatorOffset;
            int right = left + 1;
            if (operatorOffset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(operatorOffset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || ")#".indexOf(segment.charAt(left)) >= 0)) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (statement.value() instanceof Expr.Subscript subscript) {
            int left = subscript.value().pos().endColumn();
            int right = subscript.index().pos().endColumn() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }
}
