package org.gillab.model.vm;

import org.gillab.model.PythonException;
import org.gillab.model.lib.FrameObject;
import org.gillab.model.lib.PythonProfiler;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * sys.settrace's function as CPython 3.11 calls it (Python/ceval.c's call_trace and
 * maybe_call_line_trace, Python/sysmodule.c's trace_trampoline): a frame that starts or resumes reports
 * 'call' to the thread's trace function, whose answer, unless None, becomes the frame's local trace
 * function (f_trace); that one gets the frame's 'line', 'exception' and 'return' events, and what it
 * returns, unless None, replaces it. A trace function that raises is removed as by sys.settrace(None)
 * and its exception propagates from where the event came. While a trace or profile function runs,
 * nothing reports (tstate->tracing).
 *
 * <p>The eval loop pays nothing while no trace function is set: the 'call' event is asked for once at
 * frame entry, and only a frame with a local trace function steps through the per-instruction hook
 * (the one the old GIL's ticker uses) that decides its 'line' events.
 */
public final class Tracing {
    private Tracing() {}

    private static final PyStr CALL = PyStr.constant("call");
    private static final PyStr LINE = PyStr.constant("line");
    private static final PyStr RETURN = PyStr.constant("return");
    private static final PyStr EXCEPTION = PyStr.constant("exception");

    /** {@link Frame#lastTraced} of a fresh frame before its RESUME: the instructions that set up cells are not traced. */
    private static final int BEFORE_RESUME = -2;
    /** {@link Frame#lastTraced} just after a fresh frame's RESUME: the first instruction reports its line whatever it is. */
    private static final int NO_LINE_YET = -1;

    /** sys.settrace(function): {@code function} borrowed, or null for None. */
    public static void setTrace(ThreadState ts, PyObject function) {
        PyObject old = ts.traceFunction;
        ts.traceFunction = function == null ? null : ts.newRef(function);
        ts.xdecref(old);
    }

    /**
     * Frame {@code f} starts (at instruction 0) or resumes: the profile function's and the trace function's
     * 'call' events. True when the frame then steps through the line hook. An error from either function
     * ends the frame without running it (exit_unwind) and propagates.
     */
    static boolean enter(ThreadState ts, Frame f) {
        boolean fresh = f.pc == 0;
        try {
            if (ts.profileHook != null) {
                ts.profileHook.enterCode(f.code, fresh);
            }
            if (ts.traceFunction == null || ts.tracing > 0 || fresh && f.code.makesGenerator()) {
                return false; // the start of a generator function only makes the generator: no call
            }
            f.lastTraced = fresh ? BEFORE_RESUME : f.pc - 1;
            dispatch(ts, f, CALL, PyNone.NONE, fresh ? firstLined(f.code) + 1 : f.pc);
            return f.trace != null;
        } catch (PythonException e) {
            f.finished = true;
            f.clear(ts);
            throw e;
        }
    }

    /**
     * Before instruction {@code at} (its {@code word}) runs: the 'line' event when it starts a new line or a
     * jump went back to it, as maybe_call_line_trace decides.
     */
    static void line(ThreadState ts, Frame f, int at, int word) {
        if (f.trace == null || ts.traceFunction == null) {
            return;
        }
        int op = word & 0xFF;
        int previous = f.lastTraced;
        if (op == Op.RESUME || previous == BEFORE_RESUME) {
            if (op == Op.RESUME && previous == BEFORE_RESUME) {
                f.lastTraced = NO_LINE_YET;
            }
            return;
        }
        int line = f.code.line(at);
        int lastLine = previous == NO_LINE_YET ? -1 : f.code.line(previous);
        if (line < lastLine && (op == Op.JUMP_FORWARD || forLoopBackEdge(f.code, op, word) || returns(f.code, at, op))) {
            // a for loop's back edge, the jump out of a finally, the implicit return after a compound statement:
            // CPython's compiler gives these no line or the line before them, the model's the line of the
            // statement that made them, an earlier one; they report nothing (a continue's jump, on a later line,
            // does report, and so does a while loop's back edge, which has the while's line in CPython too)
            return;
        }
        f.lastTraced = at;
        boolean backward = at < previous && op != Op.SEND; // a yield from's SEND loops back without a new line
        if (line > 0 && f.traceLines && (line != lastLine || backward)) {
            dispatch(ts, f, LINE, PyNone.NONE, at + 1);
        }
    }

    /** The first instruction of {@code code} with a line (a closure's first ones have none): where 'call' shows the frame. */
    private static int firstLined(PyCode code) {
        int at = 0;
        while (at < code.instructions.length - 1 && code.line(at) < 1) {
            at++;
        }
        return at;
    }

    /** A JUMP_BACKWARD to a FOR_ITER: the back edge compile.c adds to a for loop with no line of its own. */
    private static boolean forLoopBackEdge(PyCode code, int op, int word) {
        return op == Op.JUMP_BACKWARD && (Quickening.of(code)[word >>> 8] & 0xFF) == Op.FOR_ITER;
    }

    /** RETURN_VALUE, or the LOAD_CONST of the value it returns. */
    private static boolean returns(PyCode code, int at, int op) {
        int[] instructions = Quickening.of(code);
        return op == Op.RETURN_VALUE
                || op == Op.LOAD_CONST && at + 1 < instructions.length && (instructions[at + 1] & 0xFF) == Op.RETURN_VALUE;
    }

    /**
     * The frame returns or yields {@code value} (borrowed) at the instruction before {@code pc}: the 'return'
     * event, at the line reported last when the return's own line is an earlier one (see {@link #line}).
     */
    static void leave(ThreadState ts, Frame f, int pc, PyObject value) {
        if (ts.traceFunction != null) {
            int last = f.lastTraced;
            boolean earlier = last >= 0 && f.code.line(pc - 1) < f.code.line(last);
            dispatch(ts, f, RETURN, value, earlier ? last + 1 : pc);
        }
    }

    /**
     * Exception {@code e} was raised at instruction {@code at} of a traced frame and got its traceback
     * entry: the 'exception' event, arg (type, value, traceback). Returns what goes on propagating: {@code e}, or
     * what the trace function raised instead (call_exc_trace), {@code e} then dropped.
     */
    static PythonException raised(ThreadState ts, Frame f, int at, PythonException e) {
        if (ts.traceFunction == null || f.trace == null) {
            return e;
        }
        PyObject exception = e.exception();
        PyObject info = new PyTuple(ts, new PyObject[] {ts.newRef(exception.type()), ts.newRef(exception),
                exception.getAttr(ts, "__traceback__")});
        try {
            dispatch(ts, f, EXCEPTION, info, at + 1);
            return e;
        } catch (PythonException instead) {
            ts.decref(exception);
            return instead;
        } finally {
            ts.decref(info);
        }
    }

    /**
     * Exception {@code e} leaves the frame: the 'return' event with None. Returns what propagates: {@code e},
     * or what the trace function raised instead, {@code e} then dropped.
     */
    static PythonException unwinding(ThreadState ts, Frame f, int at, PythonException e) {
        try {
            leave(ts, f, at + 1, PyNone.NONE);
            return e;
        } catch (PythonException instead) {
            ts.decref(e.exception());
            return instead;
        }
    }

    /**
     * trace_trampoline: calls the trace function ('call') or the frame's local one (other events) with a
     * frame object showing the instruction before {@code pc}, its answer becoming f_trace unless None.
     */
    private static void dispatch(ThreadState ts, Frame f, PyStr event, PyObject arg, int pc) {
        PyObject callback = event == CALL ? ts.traceFunction : f.trace;
        if (callback == null || ts.tracing > 0) {
            return;
        }
        f.pc = pc;
        ts.incref(callback); // kept while it runs, though it may replace itself
        PyObject frame = FrameObject.at(ts, 0);
        PyObject result;
        ts.tracing++;
        try {
            result = ts.call(callback, frame, event, arg);
        } catch (PythonException e) {
            setTrace(ts, null);
            f.setTrace(ts, null);
            throw e;
        } finally {
            ts.tracing--;
            ts.decref(frame);
            ts.decref(callback);
        }
        if (result != PyNone.NONE) {
            f.setTrace(ts, result);
        }
        ts.decref(result);
    }

    /** A thread's end: it drops its trace and profile functions. */
    static void endThread(ThreadState ts) {
        setTrace(ts, null);
        if (ts.profileHook instanceof PythonProfiler) {
            PythonProfiler.install(ts, null);
        }
    }
}
