package org.gillab.model.vm;

import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * One execution of a code object (CPython 3.11's _PyInterpreterFrame): its globals, the locals mapping
 * of a module or class body, and one array holding the fast locals, cells and free variables
 * (localsplus) followed by the value stack. The eval loop keeps the position in Java locals while it
 * runs and stores it here only when it calls out (for f_lineno and tracebacks) or suspends a
 * generator.
 */
final class Frame {
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

    Frame(PyCode code, PyDict globals, PyObject locals, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.closure = closure;
        this.slots = new PyObject[code.nlocalsPlus + code.stackSize];
        this.sp = code.nlocalsPlus;
    }

    /** Drops a suspended frame's references (a generator that is dropped or closed before it started). */
    void clear(ThreadState ts) {
        clear(ts, sp);
    }

    /** The source line now running (f_lineno): of the instruction before {@link #pc}. */
    int line() {
        return code.line(Math.max(0, pc - 1));
    }

    /** Drops every local and the stack's references below {@code sp} (a frame's clear, when it returns or fails). */
    void clear(ThreadState ts, int depth) {
        for (int i = 0; i < depth; i++) {
            PyObject v = slots[i];
            if (v != null) {
                slots[i] = null;
                ts.decref(v);
            }
        }
        sp = code.nlocalsPlus; // what lies above is stale: popped without being cleared
        if (fastLocals != null) {
            PyDict dict = fastLocals;
            fastLocals = null;
            ts.decref(dict);
        }
    }
}
