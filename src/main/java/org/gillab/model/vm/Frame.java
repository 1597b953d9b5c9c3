package org.gillab.model.vm;

import java.util.function.Consumer;
import org.gillab.model.compile.Pos;
import org.gillab.model.lib.FrameObject;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * One execution of a code object (CPython 3.11's _PyInterpreterFrame): its globals, the locals mapping
 * of a module or class body, and one array holding the fast locals, cells and free variables
 * (localsplus) followed by the value stack. The eval loop keeps the position in Java locals while it
 * runs and stores it here only when it calls out (for f_lineno and tracebacks) or suspends a
 * generator.
 *
 * <p>The array keeps a cache line of unused slots on each side of what the eval loop writes (locals and
 * stack, at every instruction). The young collector copies a frame's code and the code's constants and
 * instructions next to the frame's slots, and another thread's eval loop reads those at every
 * instruction: sharing a 64-byte line with one thread's writes, two free-threaded countdowns in their
 * first timed run took 1.64-1.72x the time of one (2 x 20M against 1 x 20M, 3 JVMs of 4; 1.02-1.07x
 * padded), and the seed's free-threaded ratio was 0.75-0.85 (0.60-0.62 padded).
 */
final class Frame implements FrameState {
    /**
     * Index of the first fast local in {@link #slots}: 12 compressed references (48 bytes) after the
     * array's 16-byte header, so the first slot written is at least 64 bytes from the object before.
     */
    static final int LOCALS = 12;
    /** Unused slots after the stack (64 bytes), keeping the object after the array off its last line. */
    private static final int TRAILING = 16;

    final PyCode code;
    final PyDict globals;
    /** The locals mapping that LOAD_NAME and STORE_NAME use (module and class bodies), else null. */
    final PyObject locals;
    final PyObject[] slots;
    /** The closure's cells, copied into the last locals by COPY_FREE_VARS. */
    final PyCell[] closure;
    /** The next instruction: where a suspended generator resumes; at a call, just past the CALL. */
    int pc;
    /** Stack depth of a suspended generator (an index into {@link #slots}). */
    int sp;
    /** The calling frame (f_back) while this one runs. */
    Frame back;
    /** Set when the code returned (a finished generator), rather than yielded. */
    boolean finished;
    /** A function frame's f_locals, made by the first locals() call (owned), else null. */
    PyDict fastLocals;
    /** f_trace: the local trace function sys.settrace's function returned for this frame (owned), or null. */
    PyObject trace;
    /** f_trace_lines. */
    boolean traceLines = true;
    /** Its frame object (frame_obj: owned), made when first asked for (a traceback, sys._getframe), else null. */
    private FrameObject object;
    /** The instruction that reported to the trace function last (instr_prev of maybe_call_line_trace). */
    int lastTraced;

    Frame(PyCode code, PyDict globals, PyObject locals, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.closure = closure;
        this.slots = new PyObject[LOCALS + code.nlocalsPlus + code.stackSize + TRAILING];
        this.sp = LOCALS + code.nlocalsPlus;
    }

    /** Drops a suspended frame's references (a generator that is dropped or closed before it started). */
    void clear(ThreadState ts) {
        clear(ts, sp);
    }

    /** The source line now running (f_lineno): of the instruction before {@link #pc}. */
    @Override
    public int line() {
        return code.line(Math.max(0, pc - 1));
    }

    @Override
    public Pos position() {
        int index = Math.max(0, pc - 1);
        return index < code.source.lines().length ? code.source.position(index) : null;
    }

    @Override
    public PyObject back(ThreadState ts) {
        return back == null ? ts.newRef(PyNone.NONE) : ts.newRef(back.frameObject(ts));
    }

    /** This frame's frame object (_PyFrame_GetFrameObject), made on first use: borrowed. */
    FrameObject frameObject(ThreadState ts) {
        if (object == null) {
            object = new FrameObject(ts, this);
        }
        return object;
    }

    /** Visits the frame object this frame owns, if any (a suspended generator's traverse). */
    void visitFrameObject(Consumer<PyObject> visit) {
        if (object != null) {
            visit.accept(object);
        }
    }

    /**
     * Drops every local and the stack's references below {@code sp} (a frame's clear, when it returns or
     * fails). A frame object that someone else still holds (a traceback, a caller of sys._getframe) first
     * takes over the locals, the position and the caller, as _PyFrame_Clear's take_ownership does.
     */
    void clear(ThreadState ts, int depth) {
        if (object != null) {
            FrameObject o = object;
            object = null;
            if (o.refcount() > 1) {
                o.takeOwnership(ts, Builtins.locals(ts, this));
            }
            ts.decref(o);
        }
        for (int i = LOCALS; i < depth; i++) {
            PyObject v = slots[i];
            if (v != null) {
                slots[i] = null;
                ts.decref(v);
            }
        }
        sp = LOCALS + code.nlocalsPlus; // what lies above is stale: popped without being cleared
        if (fastLocals != null) {
            PyDict dict = fastLocals;
            fastLocals = null;
            ts.decref(dict);
        }
        setTrace(ts, null);
    }

    @Override
    public PyCode code() {
        return code;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyObject trace() {
        return trace;
    }

    @Override
    public void setTrace(ThreadState ts, PyObject newTrace) {
        PyObject old = trace;
        trace = finished || newTrace == null ? null : ts.newRef(newTrace);
        ts.xdecref(old);
    }

    @Override
    public boolean traceLines() {
        return traceLines;
    }

    @Override
    public void setTraceLines(boolean traceLines) {
        this.traceLines = traceLines;
    }

    @Override
    public PyObject locals(ThreadState ts) {
        // a finished function frame has dropped its locals: a new dict kept by nothing, so none leaks
        return finished && locals == null ? new PyDict(ts) : Builtins.locals(ts, this);
    }

    @Override
    public boolean executing(ThreadState ts) {
        for (Frame f = (Frame) ts.frame; f != null; f = f.back) {
            if (f == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int instruction() {
        return Math.max(0, pc - 1);
    }
}
