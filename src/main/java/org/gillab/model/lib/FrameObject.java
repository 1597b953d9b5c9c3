package org.gillab.model.lib;

import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.FrameState;
import org.gillab.model.vm.InterpreterState;

/**
 * A frame object (Objects/frameobject.c): one for each frame of the eval loop that was asked for one (a
 * traceback passing through it, sys._getframe, a trace function, gi_frame), so that asking twice gives
 * the same object. While the frame runs or is suspended, it reads the frame itself; when the frame
 * finishes while something still holds this object, the object takes over the frame's locals, position
 * and caller (take_ownership in Python/frame.c), so that a traceback's frames keep their f_locals and
 * f_back after they returned or raised.
 */
public final class FrameObject extends PyObject implements FrameState, GcContainer {
    /** frame.clear(): CPython's frame_clear. */
    static final PyType TYPE = PyType.builder("frame")
            .method("clear", (self, a) -> {
                a.expectPositional("clear", 0, 0);
                ((FrameObject) self).clear(a.thread());
                return PyNone.NONE;
            })
            .build();

    private final PyCode code;
    private final PyDict globals;
    /** The eval loop's frame while it runs or is suspended; null once this object owns what it left. */
    private FrameState frame;
    /** What the finished frame left (owned): its f_locals (null once cleared) and f_back. */
    private PyObject locals;
    private PyObject back;
    private int line;
    private int instruction;
    private Pos position;
    private boolean traceLines = true;

    /** The frame object of {@code frame}, owned by the caller: the eval loop's frame keeps it (frame_obj). */
    public FrameObject(ThreadState ts, FrameState frame) {
        super(ts);
        this.frame = frame;
        this.code = ts.newRef(frame.code());
        this.globals = ts.newRef(frame.globals());
        ts.trackContainer(this);
    }

    /**
     * The frame finished while this object is held elsewhere: it keeps {@code finalLocals} (a new
     * reference, PyFrame_FastToLocals of the frame's last state), where the frame was and its caller.
     */
    public void takeOwnership(ThreadState ts, PyObject finalLocals) {
        line = frame.line();
        instruction = frame.instruction();
        position = frame.position();
        traceLines = frame.traceLines();
        back = frame.back(ts);
        locals = finalLocals;
        frame = null;
    }

    /** sys._getframe(depth): the calling thread's frame {@code depth} calls out, a new reference. */
    public static PyObject at(ThreadState ts, int depth) {
        FrameObject frame = ((InterpreterState) ts.invoker()).frameObject(ts, ts, depth);
        if (frame == null) {
            throw PyErrors.valueError("call stack is not deep enough");
        }
        return ts.newRef(frame);
    }

    /**
     * sys._current_frames(): each thread's innermost frame by its identity, the newest thread first; only
     * threads that are running Python code. Other threads wait for the GIL the caller holds, so their
     * stacks stand still while they are read.
     */
    static PyDict currentFrames(ThreadState ts) {
        InterpreterState interp = (InterpreterState) ts.invoker();
        PyDict frames = new PyDict(ts);
        for (ThreadState thread : interp.heap().threads()) {
            FrameObject frame = thread.ident == 0 ? null : interp.frameObject(ts, thread, 0);
            if (frame != null) {
                PyObject ident = PyInt.of(ts, thread.ident);
                frames.put(ts, ident, frame);
                ts.decref(ident);
            }
        }
        return frames;
    }

    /** The frame running now (a signal handler's second argument), or None outside any. */
    static PyObject current(ThreadState ts) {
        FrameObject frame = ((InterpreterState) ts.invoker()).frameObject(ts, ts, 0);
        return ts.newRef(frame == null ? PyNone.NONE : frame);
    }

    /** Where in its source the frame's instruction lies (what CPython reads from co_positions() at f_lasti). */
    PythonException.Frame where() {
        return new PythonException.Frame(code.filename, line(), code.name, null, position(), instruction(), this);
    }

    /**
     * frame.clear(): a finished frame drops its locals; the running one cannot. (A suspended generator's
     * frame, which CPython clears by closing the generator, is left as it is.)
     */
    private void clear(ThreadState ts) {
        if (frame != null) {
            if (frame.executing(ts)) {
                throw PyErrors.runtimeError("cannot clear an executing frame");
            }
            return;
        }
        PyObject old = locals;
        locals = null;
        ts.xdecref(old);
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
    public int line() {
        return frame != null ? frame.line() : line;
    }

    @Override
    public Pos position() {
        return frame != null ? frame.position() : position;
    }

    @Override
    public PyObject back(ThreadState ts) {
        return frame != null ? frame.back(ts) : ts.newRef(back);
    }

    @Override
    public boolean executing(ThreadState ts) {
        return frame != null && frame.executing(ts);
    }

    @Override
    public int instruction() {
        return frame != null ? frame.instruction() : instruction;
    }

    /** f_locals: the frame's, brought up to date; a finished frame's last ones ({} once cleared). */
    @Override
    public PyObject locals(ThreadState ts) {
        return frame != null ? frame.locals(ts) : locals != null ? ts.newRef(locals) : new PyDict(ts);
    }

    @Override
    public PyObject trace() {
        return frame != null ? frame.trace() : null;
    }

    @Override
    public void setTrace(ThreadState ts, PyObject trace) {
        if (frame != null) {
            frame.setTrace(ts, trace);
        }
    }

    @Override
    public boolean traceLines() {
        return frame != null ? frame.traceLines() : traceLines;
    }

    @Override
    public void setTraceLines(boolean traceLines) {
        if (frame != null) {
            frame.setTraceLines(traceLines);
        }
        this.traceLines = traceLines;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return switch (name) {
            case "f_code" -> ts.newRef(code);
            case "f_lineno" -> PyInt.of(ts, line());
            case "f_globals" -> ts.newRef(globals);
            case "f_builtins" -> ts.newRef(((InterpreterState) ts.invoker()).builtins());
            case "f_back" -> back(ts);
            case "f_lasti" -> PyInt.of(ts, code.lasti(instruction()));
            case "f_locals" -> locals(ts);
            case "f_trace" -> ts.newRef(trace() == null ? PyNone.NONE : trace());
            case "f_trace_lines" -> PyBool.of(traceLines());
            case "f_trace_opcodes" -> PyBool.FALSE;
            default -> super.getAttr(ts, name);
        };
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        switch (name) {
            case "f_trace" -> setTrace(ts, value == PyNone.NONE ? null : value);
            case "f_trace_lines" -> setTraceLines(value.truthy());
            case "f_trace_opcodes" -> {
                if (value.truthy()) {
                    throw PyErrors.notImplementedError("f_trace_opcodes: the GIL Lab model reports no 'opcode' events");
                }
            }
            case "f_lineno" -> throw PyErrors.notImplementedError("f_lineno: the GIL Lab model does not jump to another line");
            default -> super.setAttr(ts, name, value);
        }
    }

    @Override
    protected String builtinRepr() {
        return "<frame at " + address() + ", file '" + code.filename + "', line " + line() + ", code " + code.name + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(code);
        ts.decref(globals);
        ts.xdecref(locals);
        ts.xdecref(back);
    }

    /** What it owns: the frame's own references are the eval loop's (a root) or its generator's to visit. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(code);
        visit.accept(globals);
        if (locals != null) {
            visit.accept(locals);
        }
        if (back != null) {
            visit.accept(back);
        }
    }
}
