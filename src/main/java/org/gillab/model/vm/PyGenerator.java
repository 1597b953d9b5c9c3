package org.gillab.model.vm;

import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.object.Args;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * A generator (Objects/genobject.c): a suspended frame that {@link #resume} runs on the calling Java
 * thread until its next yield. While it runs, its own handled-exception item sits on the thread's
 * chain (gi_exc_state). A StopIteration escaping its code becomes RuntimeError (PEP 479); dropping a
 * suspended generator closes it, so its finally blocks run. {@link PyCoroutine} is a generator with
 * other rules: it names itself by {@link #kind()} in these errors, and overrides what differs.
 */
class PyGenerator extends PyIterator implements GcContainer {
    static final PyType TYPE = PyType.builder("generator")
            .method("__iter__", (self, a) -> a.thread().newRef(self))
            .method("__next__", (self, a) -> gen(self).sendFromPython(a.thread(), PyNone.NONE))
            .method("send", (self, a) -> {
                a.expectPositional("send", 1, 1);
                return gen(self).sendFromPython(a.thread(), a.get(0));
            })
            .method("throw", (self, a) -> gen(self).throwFromPython(a))
            .method("close", (self, a) -> {
                gen(self).close(a.thread());
                return PyNone.NONE;
            })
            .getter("gi_running", (ts, self) -> PyBool.of(gen(self).running))
            .getter("gi_code", (ts, self) -> ts.newRef(gen(self).frame.code))
            .getter("gi_frame", (ts, self) -> gen(self).frameObject(ts))
            .getter("gi_suspended", (ts, self) -> PyBool.of(gen(self).started && !gen(self).isFinished() && !gen(self).running))
            .getter("__name__", (ts, self) -> new PyStr(ts, gen(self).frame.code.name))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, gen(self).frame.code.qualname))
            .build();

    private static PyGenerator gen(PyObject self) {
        return (PyGenerator) self;
    }

    final InterpreterState interp;
    final Frame frame;
    private final ThreadState.ExcInfo excInfo = new ThreadState.ExcInfo(null);
    boolean started;
    volatile boolean running;
    /** Whether its finalizer ran: PEP 442 runs it once, even if the generator is resurrected. */
    private boolean finalized;

    PyGenerator(ThreadState ts, InterpreterState interp, Frame frame) {
        super(ts);
        this.interp = interp;
        this.frame = frame;
        // tracked as CPython's are: a suspended generator (or a task's coroutine) in a cycle is collected
        ts.trackContainer(this);
    }

    /**
     * RETURN_GENERATOR: a coroutine for an async def's frame (CO_COROUTINE), an async generator for one that
     * yields (CO_ASYNC_GENERATOR), else a generator.
     */
    static PyGenerator of(ThreadState ts, InterpreterState interp, Frame frame) {
        if ((frame.code.flags & CodeObject.COROUTINE) != 0) {
            return new PyCoroutine(ts, interp, frame);
        }
        return (frame.code.flags & CodeObject.ASYNC_GENERATOR) != 0 ? new PyAsyncGenerator(ts, interp, frame)
                : new PyGenerator(ts, interp, frame);
    }

    /** gi_frame, cr_frame, ag_frame: the frame object of its frame, None once it has finished. */
    PyObject frameObject(ThreadState ts) {
        return ts.newRef(isFinished() ? PyNone.NONE : frame.frameObject(ts));
    }

    /** The word this object's errors use for it: "generator", "coroutine" or "async generator". */
    String kind() {
        return "generator";
    }

    /** Resuming a finished generator: send returns None (its caller raises StopIteration), throw raises. */
    PyObject resumeFinished(ThreadState ts, PythonException throwIn) {
        if (throwIn != null) {
            throw throwIn;
        }
        return ts.newRef(PyNone.NONE);
    }

    boolean isFinished() {
        return frame.finished;
    }

    /**
     * Runs the frame to its next yield with {@code value} sent in (or {@code throwIn} raised at the yield);
     * returns the yielded value, or the returned one once {@link #isFinished()}. A finished generator
     * returns None.
     */
    PyObject resume(ThreadState ts, PyObject value, PythonException throwIn) {
        if (running) {
            throw PyErrors.valueError(kind() + " already executing");
        }
        if (frame.finished) {
            return resumeFinished(ts, throwIn);
        }
        if (!started && value != PyNone.NONE && throwIn == null) {
            throw PyErrors.typeError("can't send non-None value to a just-started " + kind());
        }
        started = true;
        frame.slots[frame.sp++] = ts.newRef(value);
        excInfo.previous = ts.excInfo;
        ts.excInfo = excInfo;
        running = true;
        try {
            return Eval.run(ts, interp, frame, throwIn);
        } catch (PythonException e) {
            if (e.exception().type().isSubtypeOf(PyErrors.STOP_ITERATION)) {
                PythonException replaced = PyErrors.runtimeError(kind() + " raised StopIteration");
                replaced.exception().setCause(ts, e.exception());
                replaced.exception().setContext(ts, e.exception());
                ts.decref(e.exception());
                throw replaced;
            }
            throw e;
        } finally {
            running = false;
            ts.excInfo = excInfo.previous;
            excInfo.previous = null;
        }
    }

    /** __next__: the next value, or null when the generator returns (its return value is dropped). */
    @Override
    public PyObject next(ThreadState ts) {
        PyObject v = resume(ts, PyNone.NONE, null);
        if (frame.finished) {
            ts.decref(v);
            return null;
        }
        return v;
    }

    /** next() and send() from Python: a return raises StopIteration(value). */
    PyObject sendFromPython(ThreadState ts, PyObject value) {
        boolean wasFinished = frame.finished;
        PyObject v = resume(ts, value, null);
        if (frame.finished) {
            try {
                throw wasFinished ? PyErrors.raiseEmpty(PyErrors.STOP_ITERATION) : PyErrors.stopIteration(v);
            } finally {
                ts.decref(v);
            }
        }
        return v;
    }

    /** throw(value) / throw(type[, value[, tb]]): raises at the yield; a value yielded in response is returned. */
    PyObject throwFromPython(Args a) {
        ThreadState ts = a.thread();
        PyObject v = throwIn(ts, new PythonException(thrownException(a)));
        if (frame.finished) {
            try {
                throw PyErrors.stopIteration(v);
            } finally {
                ts.decref(v);
            }
        }
        return v;
    }

    /** The exception throw()'s arguments name (a new reference): an instance, or a class called with the value. */
    static PyException thrownException(Args a) {
        ThreadState ts = a.thread();
        if (a.size() == 0 || a.size() > 3) {
            throw PyErrors.typeError("throw expected at least 1 argument, got " + a.size());
        }
        PyObject what = a.get(0);
        PyException exc;
        if (what instanceof PyException e) {
            exc = ts.newRef(e);
        } else if (what instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
            PyObject made = a.size() > 1 && a.get(1) != PyNone.NONE
                    ? (a.get(1) instanceof PyException given ? ts.newRef(given) : t.construct(Args.of(ts, a.get(1))))
                    : t.construct(Args.of(ts));
            exc = (PyException) made;
        } else {
            throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + what.type().name());
        }
        return exc;
    }

    /**
     * Raises {@code e} at the yield; while the generator delegates to another with yield from, the delegate
     * gets it first (gen_throw and _gen_throw).
     */
    PyObject throwIn(ThreadState ts, PythonException e) {
        PyObject delegate = delegate();
        if (delegate != null) {
            PyObject yielded;
            try {
                if (delegate instanceof PyGenerator g) {
                    yielded = g.throwIn(ts, e);
                    if (!g.isFinished()) {
                        return yielded;
                    }
                } else {
                    PyObject method = delegate.type().lookup("throw");
                    if (method == null) {
                        return resume(ts, PyNone.NONE, e);
                    }
                    yielded = org.gillab.model.object.Slots.call(ts, delegate, method, e.exception());
                    ts.decref(e.exception());
                    return yielded;
                }
            } catch (PythonException raised) {
                if (raised.is("StopIteration")) {
                    PyObject value = raised.exception().getAttr(ts, "value");
                    ts.decref(raised.exception());
                    return finishDelegation(ts, value);
                }
                return resume(ts, PyNone.NONE, raised);
            }
            return finishDelegation(ts, yielded);
        }
        return resume(ts, PyNone.NONE, e);
    }

    /** The delegate returned: its value becomes yield from's result, and the frame goes on from there. */
    private PyObject finishDelegation(ThreadState ts, PyObject value) {
        PyObject receiver = frame.slots[frame.sp - 1];
        frame.slots[frame.sp - 1] = value;
        ts.decref(receiver);
        frame.pc = sendTarget();
        started = true;
        excInfo.previous = ts.excInfo;
        ts.excInfo = excInfo;
        running = true;
        try {
            return Eval.run(ts, interp, frame, null);
        } finally {
            running = false;
            ts.excInfo = excInfo.previous;
            excInfo.previous = null;
        }
    }

    /** The iterator a suspended yield from delegates to (gi_yieldfrom), or null. */
    PyObject delegate() {
        if (!started || frame.finished || frame.pc == 0) {
            return null;
        }
        int resumeAt = frame.code.instructions[frame.pc];
        if ((resumeAt & 0xFF) != Op.RESUME || (resumeAt >>> 8) < 2) {
            return null;
        }
        return frame.slots[frame.sp - 1];
    }

    /** Where the SEND of the suspended yield from jumps when its iterator returns. */
    private int sendTarget() {
        int send = frame.code.instructions[frame.pc + 1] >>> 8; // JUMP_BACKWARD_NO_INTERRUPT to the SEND
        return frame.code.instructions[send] >>> 8;
    }

    /** close(): raises GeneratorExit at the yield; the generator must not yield again. */
    void close(ThreadState ts) {
        if (frame.finished) {
            return;
        }
        if (!started) {
            frame.finished = true;
            frame.clear(ts);
            return;
        }
        try {
            PyObject v = throwIn(ts, PyErrors.raiseEmpty(PyErrors.GENERATOR_EXIT));
            if (!frame.finished) {
                ts.decref(v);
                throw PyErrors.runtimeError(kind() + " ignored GeneratorExit");
            }
            ts.decref(v);
        } catch (PythonException e) {
            if (!e.is("GeneratorExit") && !e.is("StopIteration")) {
                throw e;
            }
            ts.decref(e.exception());
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected String builtinRepr() {
        return "<" + kind() + " object " + frame.code.qualname + " at " + address() + ">";
    }

    /** Whether _PyGen_Finalize has work to do when the generator is dropped: a suspended one is closed. */
    boolean needsFinalizing() {
        return started && !frame.finished && !running;
    }

    @Override
    protected boolean finalizerPending() {
        return !finalized && needsFinalizing();
    }

    /**
     * _PyGen_Finalize, run with the generator resurrected (PEP 442), so that its finally blocks and
     * sys.unraisablehook may see and keep it: what that work raises is unraisable.
     */
    @Override
    protected void finalizeObject(ThreadState ts) {
        finalized = true;
        try {
            finalizeWork(ts);
        } catch (PythonException e) {
            interp.writeUnraisable(ts, "in", this, e);
            ts.decref(e.exception());
        }
    }

    /** A dropped suspended generator is closed. */
    void finalizeWork(ThreadState ts) {
        close(ts);
    }

    /** Clears the frame of a generator freed (its finalizer has run). */
    @Override
    protected void release(ThreadState ts) {
        frame.clear(ts);
        PyObject handled = excInfo.value;
        excInfo.value = null;
        if (handled != null) {
            ts.decref(handled);
        }
    }

    /**
     * The suspended frame's locals and stack (not what lies above its top: stale), gi_exc_state and f_locals.
     * A running generator visits nothing: its eval loop keeps its stack depth in a Java local, and the frame
     * running it (a root to the collector) holds it alive anyway.
     */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (running) {
            return;
        }
        for (int i = Frame.LOCALS; i < frame.sp; i++) {
            if (frame.slots[i] != null) {
                visit.accept(frame.slots[i]);
            }
        }
        if (excInfo.value != null) {
            visit.accept(excInfo.value);
        }
        if (frame.fastLocals != null) {
            visit.accept(frame.fastLocals);
        }
        if (frame.trace != null) {
            visit.accept(frame.trace);
        }
        frame.visitFrameObject(visit);
    }
}
