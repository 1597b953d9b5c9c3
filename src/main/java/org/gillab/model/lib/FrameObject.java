package org.gillab.model.lib;

import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.FrameState;
import org.gillab.model.vm.InterpreterState;

/**
 * A frame object as sys._getframe returns it and a signal handler or trace function receives it
 * (Objects/frameobject.c): f_code, f_lineno, f_lasti, f_globals, f_builtins and f_back are a snapshot
 * taken when asked for (f_lineno is where the frame was then, not where it runs now); f_locals,
 * f_trace and f_trace_lines read and write the frame itself.
 */
public final class FrameObject extends PyObject {
    private final PyCode code;
    private final int line;
    private final Pos position;
    private final PyDict globals;
    private final PyObject back;
    private final FrameState state;
    private final int lasti;

    private FrameObject(ThreadState ts, InterpreterState.StackFrame frame, PyObject back) {
        super(ts);
        this.state = frame.state();
        this.lasti = state.lasti();
        this.code = ts.newRef(frame.code());
        this.line = frame.line();
        this.position = frame.position();
        this.globals = ts.newRef(frame.globals());
        this.back = back;
    }

    /** sys._getframe(depth): the calling thread's frame {@code depth} calls out, a new reference. */
    public static PyObject at(ThreadState ts, int depth) {
        List<InterpreterState.StackFrame> stack = ((InterpreterState) ts.invoker()).stack(ts, depth);
        if (stack.isEmpty()) {
            throw PyErrors.valueError("call stack is not deep enough");
        }
        return chain(ts, stack);
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
            List<InterpreterState.StackFrame> stack = thread.ident == 0 ? List.of() : interp.stack(thread, 0);
            if (!stack.isEmpty()) {
                PyObject ident = PyInt.of(ts, thread.ident);
                PyObject frame = chain(ts, stack);
                frames.put(ts, ident, frame);
                ts.decref(ident);
                ts.decref(frame);
            }
        }
        return frames;
    }

    /** The frame objects of {@code stack} (innermost first), linked by f_back: a new reference to the innermost. */
    private static PyObject chain(ThreadState ts, List<InterpreterState.StackFrame> stack) {
        PyObject frame = PyNone.NONE;
        for (int i = stack.size() - 1; i >= 0; i--) {
            frame = new FrameObject(ts, stack.get(i), frame); // takes over the reference to the outer frame
        }
        return frame;
    }

    /** A suspended generator's or coroutine's frame (cr_frame): no f_back, as it runs under no caller. */
    public static PyObject suspended(ThreadState ts, InterpreterState.StackFrame frame) {
        return new FrameObject(ts, frame, PyNone.NONE);
    }

    /** The frame running now (a signal handler's second argument), or None outside any. */
    static PyObject current(ThreadState ts) {
        return ((InterpreterState) ts.invoker()).stack(ts, 0).isEmpty() ? PyNone.NONE : at(ts, 0);
    }

    /** Where in its source the frame's instruction lies (what CPython reads from co_positions() at f_lasti), or null. */
    PythonException.Frame where() {
        return new PythonException.Frame(code.filename, line, code.name, null, position, state);
    }

    @Override
    public PyType type() {
        return Types.FRAME;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return switch (name) {
            case "f_code" -> ts.newRef(code);
            case "f_lineno" -> PyInt.of(ts, line);
            case "f_globals" -> ts.newRef(globals);
            case "f_builtins" -> ts.newRef(((InterpreterState) ts.invoker()).builtins());
            case "f_back" -> ts.newRef(back);
            case "f_lasti" -> PyInt.of(ts, lasti);
            case "f_locals" -> state.locals(ts);
            case "f_trace" -> ts.newRef(state.trace() == null ? PyNone.NONE : state.trace());
            case "f_trace_lines" -> PyBool.of(state.traceLines());
            case "f_trace_opcodes" -> PyBool.FALSE;
            default -> super.getAttr(ts, name);
        };
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        switch (name) {
            case "f_trace" -> state.setTrace(ts, value == PyNone.NONE ? null : value);
            case "f_trace_lines" -> state.setTraceLines(value.truthy());
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
        return "<frame at " + address() + ", file '" + code.filename + "', line " + line + ", code " + code.name + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(code);
        ts.decref(globals);
        ts.decref(back);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(code);
        visit.accept(globals);
        visit.accept(back);
    }
}
