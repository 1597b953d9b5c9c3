package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;

/**
 * Turns compile errors and exceptions into Jupyter tracebacks that point into the user's cells: the
 * cell and line of each frame of the user's code, no frames of the kernel or of JShell's machinery.
 */
final class Tracebacks {
    static final String COMPILE_ERROR = "CompileError";
    private static final int MAX_FRAMES = 40;
    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";

    /** Where a snippet came from, for frames whose file is JShell's "#id". */
    private record Origin(String cellLabel, int firstLine) {}

    private final Map<String, Origin> originsBySnippetId = new ConcurrentHashMap<>();

    static String red(String text) {
        return RED + text + RESET;
    }

    /** Remembers that snippet {@code snippetId} starts at line {@code firstLine} (1-based) of cell {@code cellLabel}. */
    void remember(String snippetId, String cellLabel, int firstLine) {
        originsBySnippetId.put(snippetId, new Origin(cellLabel, firstLine));
    }

    /** Snippet {@code copyId} was evaluated from the source of snippet {@code originalId}: it comes from the same cell and line. */
    void copyOrigin(String originalId, String copyId) {
        Origin origin = originsBySnippetId.get(originalId);
        if (origin != null) {
            originsBySnippetId.put(copyId, origin);
        }
    }

    /** Forgets the snippets other than {@code snippetIds}, which are all that frames can still name. */
    void retainOnly(Set<String> snippetIds) {
        originsBySnippetId.keySet().retainAll(snippetIds);
    }

    /** A compile error: the message, its line and column in the cell, the source line and a caret under the spot. */
    static CellError compileError(String cell, int snippetStart, Diag diag) {
        String message = diag.getMessage(Locale.ROOT);
        long position = diag.getPosition() >= 0 ? diag.getPosition() : Math.max(diag.getStartPosition(), 0);
        int offset = (int) Math.min(cell.length(), snippetStart + position);
        int lineStart = cell.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = cell.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = cell.length();
        }
        int line = (int) cell.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - lineStart + 1;
        long end = diag.getEndPosition() > position ? snippetStart + diag.getEndPosition() : offset + 1;
        int caretLength = (int) Math.max(1, Math.min(end, lineEnd) - offset);
        String gutter = line + " | ";
        String where = "line " + line + ", column " + column;
        List<String> traceback = List.of(
                red(COMPILE_ERROR + " (" + where + "): ") + message,
                gutter + cell.substring(lineStart, lineEnd),
                " ".repeat(gutter.length() + column - 1) + red("^".repeat(caretLength)));
        return new CellError(COMPILE_ERROR, firstLine(message) + " (" + where + ")", traceback);
    }

    /**
     * An exception thrown by a cell: its type, message and the user's frames, then its causes. JShell has
     * already cut the frames below the cell and named snippet frames by file "#id" and snippet line.
     */
    CellError exception(EvalException thrown) {
        List<String> lines = new ArrayList<>();
        String prefix = "";
        for (Throwable t = thrown; t instanceof EvalException e; t = t.getCause()) {
            lines.add(red(prefix + e.getExceptionClassName()) + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            addFrames(lines, userFrames(e.getStackTrace()));
            prefix = "Caused by: ";
        }
        return new CellError(thrown.getExceptionClassName(), String.valueOf(thrown.getMessage()), lines);
    }

    /** Adds "at" lines, a run of identical frames (deep recursion) as one line and a count. */
    private void addFrames(List<String> lines, List<StackTraceElement> frames) {
        int shown = 0;
        for (int i = 0; i < frames.size() && shown < MAX_FRAMES; shown++) {
            int repeats = 1;
            while (i + repeats < frames.size() && frames.get(i + repeats).equals(frames.get(i))) {
                repeats++;
            }
            lines.add("    at " + describe(frames.get(i)));
            if (repeats > 1) {
                lines.add("    ... the line above repeated " + (repeats - 1) + " more times");
            }
            i += repeats;
            if (shown == MAX_FRAMES - 1 && i < frames.size()) {
                lines.add("    ... " + (frames.size() - i) + " more");
            }
        }
    }

    /** The frames without the exit guard's own, which would only confuse. */
    private static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        int first = 0;
        while (first < frames.length && frames[first].getClassName().equals(ExitGuard.class.getName())) {
            first++;
        }
        return Arrays.asList(frames).subList(first, frames.length);
    }

    private String describe(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        String method = frame.getMethodName().isEmpty() ? "<cell>" : frame.getMethodName();
        String owner = frame.getClassName().isEmpty() ? "" : frame.getClassName() + ".";
        Origin origin = originsBySnippetId.get(file.substring(1));
        if (origin == null) {
            return owner + method + " (an earlier cell)";
        }
        String line = frame.getLineNumber() > 0 ? " line " + (origin.firstLine() + frame.getLineNumber() - 1) : "";
        return owner + method + " (" + origin.cellLabel() + line + ")";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
