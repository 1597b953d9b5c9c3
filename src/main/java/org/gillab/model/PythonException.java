package org.gillab.model;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.Carets;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.PyException;

/**
 * A Python exception, raised by a program on the model or by a native function, as it propagates
 * through Java. {@link #getMessage()} is the last line Python prints ("ZeroDivisionError: division by
 * zero"); {@link #traceback()} the whole "Traceback (most recent call last):" text.
 */
public final class PythonException extends RuntimeException {
    /**
     * One line of the traceback: where a frame was when the exception passed through it.
     *
     * @param position where the frame's current instruction lies in the source, or null if unknown
     */
    public record Frame(String filename, int line, String function, String sourceLine, Pos position) {
    }

    private final PyException exception;
    /** Innermost frame first, as they are added while the exception unwinds. */
    private final List<Frame> frames = new ArrayList<>();

    public PythonException(PyException exception) {
        super(null, null, false, false); // Python tracebacks, not Java stack traces, are what users see
        this.exception = exception;
    }

    /** The Python exception object. */
    public PyException exception() {
        return exception;
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
        frames.add(frame);
    }

    /** The frames the exception passed through, outermost first as printed. */
    public List<Frame> frames() {
        List<Frame> outermostFirst = new ArrayList<>(frames);
        java.util.Collections.reverse(outermostFirst);
        return outermostFirst;
    }

    @Override
    public String getMessage() {
        return exception.formatLastLine();
    }

    /** The text CPython prints for an uncaught exception (traceback.print_exception). */
    public String traceback() {
        StringBuilder out = new StringBuilder();
        if (!frames.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            for (Frame f : frames()) {
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
        }
        return out.append(getMessage()).append('\n').toString();
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
