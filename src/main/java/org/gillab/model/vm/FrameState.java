package org.gillab.model.vm;

import org.gillab.model.compile.Pos;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * What a frame object (Objects/frameobject.c) reads and writes of the frame it shows: its code and
 * globals, where it is, its caller, the local trace function, whether it gets line events, its locals.
 * Both the eval loop's frame and, once that has finished, the frame object that took its data over
 * (take_ownership in Python/frame.c) answer these.
 */
public interface FrameState {
    /** f_code (borrowed). */
    PyCode code();

    /** f_globals (borrowed). */
    PyDict globals();

    /** f_trace: the frame's local trace function, borrowed, or null. */
    PyObject trace();

    /** Sets f_trace ({@code trace} borrowed, or null): ignored once the frame has finished, as it can run no more. */
    void setTrace(ThreadState ts, PyObject trace);

    /** f_trace_lines: whether the local trace function gets 'line' events. */
    boolean traceLines();

    void setTraceLines(boolean traceLines);

    /** f_locals: a new reference to the locals mapping, brought up to date as PyFrame_FastToLocals does. */
    PyObject locals(ThreadState ts);

    /** f_lineno: the line of the instruction running, or last run. */
    int line();

    /** Where in its source that instruction lies (co_positions() at f_lasti), or null. */
    Pos position();

    /** f_back: a new reference to the calling frame's frame object, or None. */
    PyObject back(ThreadState ts);

    /** Whether the calling thread runs this frame now (frame.clear() refuses to clear it). */
    boolean executing(ThreadState ts);

    /** The index of the instruction running or last run (f_lasti is its offset in CPython's layout). */
    int instruction();
}
