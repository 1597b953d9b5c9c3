package org.gillab.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.gillab.model.compile.Carets;
import org.gillab.model.object.ExceptionGroups;
import org.gillab.model.object.ExceptionTypes;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.Suggestions;
import org.gillab.model.object.ThreadState;

/**
 * The text CPython 3.11 prints for an uncaught exception (pythonrun.c's print_exception_recursive): the
 * chain of causes and contexts first, then each exception's traceback, last line and notes; an exception
 * group's sub-exceptions each in a numbered box under it, indented with a "| " margin per level of
 * nesting, at most 15 of them and 10 levels deep.
 */
final class ExceptionReport {
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final StringBuilder out = new StringBuilder();
    /** The exceptions printed so far: a chain ends at one of them (a cycle, or one printed already). */
    private final Set<PyException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How many groups the exception being printed is nested in (the top-level group counts 1). */
    private int groupDepth;
    /** Whether the box of a group's last sub-exception is still to be closed (a nested group may close it). */
    private boolean needClose;

    private ExceptionReport() {}

    static String of(PyException e) {
        ExceptionReport report = new ExceptionReport();
        report.exception(e);
        return report.out.toString();
    }

    /** print_exception_recursive: the chain, then the exception itself. */
    private void exception(PyException e) {
        seen.add(e);
        PyObject cause = e.cause();
        if (cause instanceof PyException c) {
            chained(c, CAUSE);
        } else if (!e.suppressContext() && e.context() instanceof PyException c) {
            chained(c, CONTEXT);
        }
        if (ExceptionGroups.isGroup(e)) {
            group(e);
        } else {
            if (!e.traceback().isEmpty()) {
                emit("Traceback (most recent call last):\n", '|');
                emit(frames(e.traceback()), '|');
            }
            lastLines(e);
        }
    }

    /** print_chained: a link of the chain, which leaves a group's box to close as it found it (traceback.py does not). */
    private void chained(PyException link, String message) {
        if (!seen.contains(link)) {
            boolean closeAfter = needClose;
            exception(link);
            needClose = closeAfter;
            emit(message, '|');
        }
    }

    /** print_exception_group: traceback and last line, then the boxes; the top-level one starts the margins. */
    private void group(PyException e) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (!e.traceback().isEmpty()) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(frames(e.traceback()), '|');
        }
        lastLines(e);
        PyTuple excs = ExceptionGroups.exceptions(e);
        int shown = Math.min(excs.size(), MAX_GROUP_WIDTH + 1);
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            needClose |= last;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            groupDepth++;
            if (truncated) {
                int more = excs.size() - MAX_GROUP_WIDTH;
                emit("and " + more + " more exception" + (more > 1 ? "s" : "") + "\n", '|');
            } else {
                exception((PyException) excs.get(i));
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    /** "Type: message" (a SyntaxError's report), then the notes, each line after the margin and each note ended by a newline. */
    private void lastLines(PyException e) {
        String syntaxError = ExceptionTypes.syntaxErrorReport(e);
        emit((syntaxError != null ? syntaxError : e.formatLastLine() + suggestion(e)) + "\n", '|');
        for (List<String> note : ExceptionTypes.noteLines(e)) {
            for (String line : note) {
                out.append(margin('|')).append(line);
            }
            out.append('\n');
        }
    }

    /** print_exception's ". Did you mean: 'x'?" after the message, where a Python thread prints it ({@link Suggestions}). */
    private static String suggestion(PyException e) {
        ThreadState ts = ThreadState.current();
        String name = ts == null ? null : Suggestions.offer(ts, e);
        return name == null ? "" : ". Did you mean: '" + name + "'?";
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** The indentation and margin character inside a group, nothing outside any. */
    private String margin(char marginChar) {
        return groupDepth == 0 ? "" : indent() + marginChar + " ";
    }

    /** Text whose every line gets the margin (textwrap.indent of each line, blank ones too). */
    private void emit(String text, char marginChar) {
        String margin = margin(marginChar);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start) + 1;
            if (end == 0) {
                end = text.length();
            }
            out.append(margin).append(text, start, end);
            start = end;
        }
    }

    /** The frame lines, with traceback.py's "[Previous line repeated N more times]" for recursion. */
    static String frames(List<PythonException.Frame> frames) {
        StringBuilder text = new StringBuilder();
        PythonException.Frame last = null;
        int repeats = 0;
        for (PythonException.Frame f : frames) {
            if (last != null && f.filename().equals(last.filename()) && f.line() == last.line()
                    && f.function().equals(last.function())) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                repeated(repeats, text);
                repeats = 0;
            }
            last = f;
            frame(f, text);
        }
        repeated(repeats, text);
        return text.toString();
    }

    private static void repeated(int repeats, StringBuilder text) {
        if (repeats >= 3) {
            text.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                    .append(repeats - 2 > 1 ? "s" : "").append("]\n");
        }
    }

    private static void frame(PythonException.Frame f, StringBuilder text) {
        text.append("  File \"").append(f.filename()).append("\", line ").append(f.line())
                .append(", in ").append(f.function()).append('\n');
        if (f.sourceLine() != null && !f.sourceLine().isBlank()) {
            text.append("    ").append(f.sourceLine().strip()).append('\n');
            String carets = f.position() == null ? null : Carets.under(f.sourceLine(), f.position());
            if (carets != null) {
                text.append(carets).append('\n');
            }
        }
    }
}
