package org.gillab.model;

import java.util.List;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.PyException;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.FrameState;

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
     * @param position    where the frame's current instruction lies in the source, or null if unknown
     * @param instruction the index of that instruction (tb_lasti)
     * @param state       the frame's frame object (tb_frame), which the exception keeps alive, or null
     */
    public record Frame(String filename, int line, String function, String sourceLine, Pos position, int instruction,
            FrameState state) {
    }

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

    /** The exception's type name, its __name__, e.g. "ZeroDivisionError". */
    public String typeName() {
        return exception.type().simpleName();
    }

    /** Whether the exception is an instance of the Python type {@code name} or of a subclass. */
    public boolean is(String name) {
        return exception.isInstanceOf(name);
    }

    /** Records that the exception left a frame (PyTraceBack_Here); the eval loop calls it. */
    public void addFrame(ThreadState ts, Frame frame) {
        exception.addTraceback(ts, frame);
    }

    /** The frames the exception passed through, outermost first as printed. */
    public List<Frame> frames() {
        return exception.traceback();
    }

    @Override
    public String getMessage() {
        return exception.formatLastLine();
    }

    /** The text CPython prints for an uncaught exception (PyErr_Display), with its chain and groups. */
    public String traceback() {
        return ExceptionReport.of(exception);
    }

    /** The "File ..., line N, in f" lines of {@code frames}, as traceback.print_tb prints them. */
    public static String formatFrames(List<Frame> frames) {
        return ExceptionReport.frames(frames);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
