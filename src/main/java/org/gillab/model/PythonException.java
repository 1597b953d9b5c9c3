package org.gillab.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.compile.Carets;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyObject;

/**
 * A Python exception, raised by a program on the model or by a native function, as it propagates
 * through Java; it owns one reference to the exception object. {@link #getMessage()} is the last line
 * Python prints ("ZeroDivisionError: division by zero"); {@link #traceback()} the whole text
 * traceback.print_exception prints, chained exceptions included.
 */
public final class PythonException extends RuntimeException {
    /**
     * One line of the traceback: where a frame was when the exception passed through it.
     *
     * @param position where the frame's current instruction lies in the source, or null if unknown
     */
    public record Frame(String filename, int line, String function, String sourceLine, Pos position) {
    }

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private final PyException exception;
    /**
     * The frame that re-raised the exception (RERAISE, a bare raise), or null: that frame gets no new
     * traceback entry, the frames it propagates to do.
     */
    private final Object reraisedIn;
    /** Whether its __context__ was set from the exception being handled where it was first seen. */
    private boolean contextChecked;

    public PythonException(PyException exception) {
        super(null, null, false, false); // Python tracebacks, not Java stack traces, are what users see
        this.exception = exception;
        this.reraisedIn = null;
    }

    /** The exception re-raised by {@code frame} (a vm Frame): its context was set when it was first raised. */
    public PythonException(PyException exception, Object frame) {
        super(null, null, false, false);
        this.exception = exception;
        this.reraisedIn = frame;
        this.contextChecked = true;
    }

    /** The Python exception object. */
    public PyException exception() {
        return exception;
    }

    /** Whether {@code frame} re-raised the exception (so it adds no traceback entry there). */
    public boolean reraisedIn(Object frame) {
        return reraisedIn == frame;
    }

    public boolean contextChecked() {
        return contextChecked;
    }

    public void markContextChecked() {
        contextChecked = true;
    }

    /** SystemExit's code as a Java value for the process exit status: null, a Long, a BigInteger or a String. */
    public Object exitCode() {
        return org.gillab.model.object.ExceptionTypes.exitCode(exception);
    }

    /** The exception's type name, e.g. "ZeroDivisionError". */
    public String typeName() {
        return exception.type().name();
    }

    /** Whether the exception is an instance of the Python type {@code name} or of a subclass. */
    public boolean is(String name) {
        return exception.isInstanceOf(name);
    }

    /** Records that the exception left a frame (PyTraceBack_Here); the eval loop calls it. */
    public void addFrame(Frame frame) {
        exception.addTraceback(frame);
    }

    /** The frames the exception passed through, outermost first as printed. */
    public List<Frame> frames() {
        return exception.traceback();
    }

    @Override
    public String getMessage() {
        return exception.formatLastLine();
    }

    /** The text CPython prints for an uncaught exception (traceback.print_exception), with its chain. */
    public String traceback() {
        StringBuilder out = new StringBuilder();
        format(exception, out, new IdentityHashMap<>());
        return out.toString();
    }

    /** The chain first (cause, or context unless suppressed), then this exception, as traceback.py's TracebackException. */
    private static void format(PyException e, StringBuilder out, Map<PyException, Boolean> seen) {
        seen.put(e, true);
        PyObject cause = e.cause();
        PyObject context = e.context();
        if (cause instanceof PyException c && !seen.containsKey(c)) {
            format(c, out, seen);
            out.append(CAUSE);
        } else if (context instanceof PyException c && !e.suppressContext() && !seen.containsKey(c)) {
            format(c, out, seen);
            out.append(CONTEXT);
        }
        formatOne(e, out);
    }

    private static void formatOne(PyException e, StringBuilder out) {
        List<Frame> frames = e.traceback();
        if (!frames.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            appendFrames(frames, out);
        }
        String syntaxError = org.gillab.model.object.ExceptionTypes.syntaxErrorReport(e);
        out.append(syntaxError != null ? syntaxError : e.formatLastLine()).append('\n');
        for (String note : notes(e)) {
            out.append(note).append('\n');
        }
    }

    /** The frame lines, with traceback.py's "[Previous line repeated N more times]" for recursion. */
    public static void appendFrames(List<Frame> frames, StringBuilder out) {
        Frame last = null;
        int repeats = 0;
        for (Frame f : frames) {
            if (last != null && f.filename().equals(last.filename()) && f.line() == last.line()
                    && f.function().equals(last.function())) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                if (repeats >= 3) {
                    out.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                            .append(repeats - 2 > 1 ? "s" : "").append("]\n");
                }
                repeats = 0;
            }
            last = f;
            appendFrame(f, out);
        }
        if (repeats >= 3) {
            out.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                    .append(repeats - 2 > 1 ? "s" : "").append("]\n");
        }
    }

    private static void appendFrame(Frame f, StringBuilder out) {
        out.append("  File \"").append(f.filename()).append("\", line ").append(f.line())
                .append(", in ").append(f.function()).append('\n');
        if (f.sourceLine() != null && !f.sourceLine().isBlank()) {
            out.append("    ").append(f.sourceLine().strip()).append('\n');
            String carets = f.position() == null ? null : Carets.under(f.sourceLine(), f.position());
            if (carets != null) {
                out.append(carets).append('\n');
            }
        }
    }

    private static List<String> notes(PyException e) {
        List<String> notes = new ArrayList<>();
        PyObject value = e.dictOrNull().get("__notes__");
        if (value instanceof org.gillab.model.object.PyList list) {
            for (PyObject note : list.items()) {
                notes.add(note.str());
            }
        }
        return notes;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
