package org.gillab.model.vm;

import java.util.function.Consumer;
import org.gillab.model.PythonException;
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
 * An async generator, what calling an async def that yields makes (PEP 525, Objects/genobject.c's
 * PyAsyncGen_Type). Its frame runs as a generator's, but nobody resumes it directly: __anext__ and asend
 * return an {@link ASend} awaitable, athrow and aclose an {@link AThrow}, and awaiting one of those runs the
 * frame. The frame yields two kinds of value: what an await inside it passes up to the event loop, which
 * the awaitable yields on, and what a yield statement produced, wrapped by ASYNC_GEN_WRAP, which ends the
 * awaitable with StopIteration(value). The first __anext__/asend/athrow/aclose calls the thread's
 * sys.set_asyncgen_hooks firstiter hook and keeps its finalizer, which runs instead of a close when an
 * unfinished async generator is freed (asyncio schedules aclose() there).
 */
final class PyAsyncGenerator extends PyGenerator implements PyIterator.NotIterable {
    static final PyType TYPE = PyType.builder("async_generator")
            .method("__aiter__", (self, a) -> a.thread().newRef(self))
            .method("__anext__", (self, a) -> agen(self).asend(a.thread(), PyNone.NONE))
            .method("asend", (self, a) -> {
                a.expectPositional("asend", 1, 1);
                return agen(self).asend(a.thread(), a.get(0));
            })
            .method("athrow", (self, a) -> {
                PyException exc = thrownException(a);
                try {
                    agen(self).initHooks(a.thread());
                } catch (PythonException e) {
                    a.thread().decref(exc);
                    throw e;
                }
                return new AThrow(a.thread(), agen(self), exc);
            })
            .method("aclose", (self, a) -> {
                agen(self).initHooks(a.thread());
                return new AThrow(a.thread(), agen(self), null);
            })
            .getter("ag_running", (ts, self) -> PyBool.of(agen(self).runningAsync))
            .getter("ag_code", (ts, self) -> ts.newRef(agen(self).frame.code))
            .getter("ag_frame", (ts, self) -> agen(self).frameObject(ts))
            .getter("ag_await", (ts, self) -> {
                PyObject awaited = agen(self).delegate();
                return awaited != null ? ts.newRef(awaited) : PyNone.NONE;
            })
            .getter("__name__", (ts, self) -> new PyStr(ts, agen(self).frame.code.name))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, agen(self).frame.code.qualname))
            .build();

    private static PyAsyncGenerator agen(PyObject self) {
        return (PyAsyncGenerator) self;
    }

    /** ag_running_async: an asend or athrow awaitable is driving the frame (between its first step and its end). */
    private boolean runningAsync;
    /** ag_closed: it finished, or aclose() began; athrow and aclose then do nothing. */
    private boolean closed;
    private boolean hooksInited;
    /** The finalizer hook it saw first (ag_origin_or_finalizer), or null. */
    private PyObject finalizer;

    PyAsyncGenerator(ThreadState ts, InterpreterState interp, Frame frame) {
        super(ts, interp, frame);
    }

    @Override
    String kind() {
        return "async generator";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected String builtinRepr() {
        return "<async_generator object " + frame.code.qualname + " at " + address() + ">";
    }

    /** gen_send_ex2's rule for async generators: a StopAsyncIteration escaping the frame becomes RuntimeError too. */
    @Override
    PyObject resume(ThreadState ts, PyObject value, PythonException throwIn) {
        try {
            return super.resume(ts, value, throwIn);
        } catch (PythonException e) {
            if (!e.exception().type().isSubtypeOf(PyErrors.STOP_ASYNC_ITERATION)) {
                throw e;
            }
            PythonException replaced = PyErrors.runtimeError("async generator raised StopAsyncIteration");
            replaced.exception().setCause(ts, e.exception());
            replaced.exception().setContext(ts, e.exception());
            ts.decref(e.exception());
            throw replaced;
        }
    }

    /** async_gen_init_hooks: once, keep the thread's finalizer hook and call its firstiter hook with this generator. */
    private void initHooks(ThreadState ts) {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        if (ts.asyncGenFinalizer != null) {
            finalizer = ts.newRef(ts.asyncGenFinalizer);
        }
        if (ts.asyncGenFirstIter != null) {
            ts.decref(ts.call(ts.asyncGenFirstIter, this));
        }
    }

    private PyObject asend(ThreadState ts, PyObject value) {
        initHooks(ts);
        return new ASend(ts, this, value);
    }

    /** One step of the frame driven by an awaitable: {@code value} sent in, or {@code throwIn} raised at the yield. */
    private PyObject step(ThreadState ts, PyObject value, PythonException throwIn) {
        runningAsync = true;
        PyObject result;
        try {
            result = throwIn != null ? throwIn(ts, throwIn) : resume(ts, value, null);
        } catch (PythonException e) {
            throw ended(e);
        }
        if (isFinished()) {
            ts.decref(result);
            throw ended(PyErrors.raiseEmpty(PyErrors.STOP_ASYNC_ITERATION));
        }
        return result;
    }

    /**
     * async_gen_unwrap_value: a wrapped yield ends the awaitable with StopIteration(value); anything else
     * an await passed up goes on to the event loop.
     */
    private PyObject unwrap(ThreadState ts, PyObject result) {
        if (!(result instanceof WrappedValue w)) {
            return result;
        }
        runningAsync = false;
        try {
            throw PyErrors.stopIteration(w.value);
        } finally {
            ts.decref(result);
        }
    }

    /** The frame raised (or returned: StopAsyncIteration): the awaitable ends; StopAsyncIteration and GeneratorExit close it. */
    private PythonException ended(PythonException e) {
        if (e.is("StopAsyncIteration") || e.is("GeneratorExit")) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    /** Whether a finalizer hook takes it over when it is dropped (_PyGen_Finalize): it is unfinished and was not closed. */
    private boolean handedToFinalizer() {
        return finalizer != null && !closed && !isFinished();
    }

    @Override
    boolean needsFinalizing() {
        return handedToFinalizer() || super.needsFinalizing();
    }

    /** _PyGen_Finalize: an unfinished async generator with a finalizer hook is handed to it instead of being closed. */
    @Override
    void finalizeWork(ThreadState ts) {
        if (handedToFinalizer()) {
            ts.decref(ts.call(finalizer, this));
        } else {
            super.finalizeWork(ts);
        }
    }

    @Override
    protected void release(ThreadState ts) {
        super.release(ts);
        if (finalizer != null) {
            ts.decref(finalizer);
            finalizer = null;
        }
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        super.traverse(visit);
        if (finalizer != null) {
            visit.accept(finalizer);
        }
    }

    /** ASYNC_GEN_WRAP: TOS, marked as a value the async generator yields (_PyAsyncGenWrappedValue). */
    static int wrap(ThreadState ts, PyObject[] s, int sp) {
        PyObject value = s[sp - 1];
        s[sp - 1] = new WrappedValue(ts, value);
        ts.decref(value);
        return sp;
    }

    /** A yielded value on its way from the frame to the awaitable that unwraps it; never seen by Python code. */
    private static final class WrappedValue extends PyObject {
        private static final PyType TYPE = PyType.builder("async_generator_wrapped_value").build();
        final PyObject value;

        WrappedValue(ThreadState ts, PyObject value) {
            super(ts);
            this.value = ts.newRef(value);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(value);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(value);
        }
    }

    /**
     * The awaitables of an async generator: awaiting one runs its frame (its own __await__ and iterator).
     * States as genobject.c's AWAITABLE_STATE_INIT, _ITER and _CLOSED.
     */
    private abstract static class Awaitable extends PyIterator {
        static final int INIT = 0;
        static final int ITER = 1;
        static final int CLOSED = 2;

        final PyAsyncGenerator gen;
        int state = INIT;

        Awaitable(ThreadState ts, PyAsyncGenerator gen) {
            super(ts);
            this.gen = ts.newRef(gen);
        }

        static PyType.Builder type(String name) {
            return PyType.builder(name)
                    .method("__await__", (self, a) -> a.thread().newRef(self))
                    .method("__iter__", (self, a) -> a.thread().newRef(self))
                    .method("__next__", (self, a) -> awaitable(self).send(a.thread(), PyNone.NONE))
                    .method("send", (self, a) -> {
                        a.expectPositional("send", 1, 1);
                        return awaitable(self).send(a.thread(), a.get(0));
                    })
                    .method("throw", (self, a) -> awaitable(self).throwIn(a.thread(), thrownException(a)))
                    .method("close", (self, a) -> {
                        awaitable(self).state = CLOSED;
                        return PyNone.NONE;
                    });
        }

        private static Awaitable awaitable(PyObject self) {
            return (Awaitable) self;
        }

        /** One step: what the frame passes up to the event loop, or StopIteration when the awaitable is done. */
        abstract PyObject send(ThreadState ts, PyObject value);

        /** throw() at the awaitable: raised in the frame. */
        abstract PyObject throwIn(ThreadState ts, PyException exc);

        @Override
        public PyObject next(ThreadState ts) {
            return send(ts, PyNone.NONE);
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(gen);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(gen);
        }
    }

    /** What __anext__() and asend(value) return (async_generator_asend). */
    private static final class ASend extends Awaitable {
        static final PyType TYPE = type("async_generator_asend").build();
        private final PyObject sendValue;

        ASend(ThreadState ts, PyAsyncGenerator gen, PyObject sendValue) {
            super(ts, gen);
            this.sendValue = ts.newRef(sendValue);
        }

        @Override
        PyObject send(ThreadState ts, PyObject value) {
            if (state == CLOSED) {
                throw PyErrors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw PyErrors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (value == PyNone.NONE) {
                    value = sendValue;
                }
                state = ITER;
            }
            try {
                return gen.unwrap(ts, gen.step(ts, value, null));
            } catch (PythonException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        PyObject throwIn(ThreadState ts, PyException exc) {
            if (state == CLOSED) {
                ts.decref(exc);
                throw PyErrors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return gen.unwrap(ts, gen.step(ts, null, new PythonException(exc)));
            } catch (PythonException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(sendValue);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            super.traverse(visit);
            visit.accept(sendValue);
        }
    }

    /**
     * What athrow(...) and aclose() return (async_generator_athrow): the exception, or GeneratorExit for
     * aclose, raised at the yield. aclose ends with None once the frame gave up (StopAsyncIteration or
     * GeneratorExit), and a value yielded in response is "async generator ignored GeneratorExit".
     */
    private static final class AThrow extends Awaitable {
        static final PyType TYPE = type("async_generator_athrow").build();
        /** aclose(): GeneratorExit is raised, and the frame must give up. */
        private final boolean close;
        /** The exception athrow raises, until it is raised; null for aclose. */
        private PyException exc;

        AThrow(ThreadState ts, PyAsyncGenerator gen, PyException exc) {
            super(ts, gen);
            this.close = exc == null;
            this.exc = exc;
        }

        @Override
        PyObject send(ThreadState ts, PyObject value) {
            if (state == CLOSED) {
                throw PyErrors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.isFinished()) {
                state = CLOSED;
                throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw PyErrors.runtimeError((close ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw PyErrors.raiseEmpty(PyErrors.STOP_ASYNC_ITERATION);
                }
                if (value != PyNone.NONE) {
                    throw PyErrors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                if (close) {
                    gen.closed = true;
                }
                return outcome(ts, () -> gen.step(ts, null, thrown()));
            }
            return outcome(ts, () -> gen.step(ts, value, null));
        }

        @Override
        PyObject throwIn(ThreadState ts, PyException thrown) {
            if (state == CLOSED) {
                ts.decref(thrown);
                throw PyErrors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            return outcome(ts, () -> gen.step(ts, null, new PythonException(thrown)));
        }

        /** The exception to raise in the frame: athrow's (handed over once), or a new GeneratorExit. */
        private PythonException thrown() {
            if (close) {
                return PyErrors.raiseEmpty(PyErrors.GENERATOR_EXIT);
            }
            PyException e = exc;
            exc = null;
            return new PythonException(e);
        }

        /** What a step means: athrow unwraps as asend does; aclose must not see a yield, and ends with None. */
        private PyObject outcome(ThreadState ts, java.util.function.Supplier<PyObject> step) {
            PyObject result;
            try {
                result = step.get();
            } catch (PythonException e) {
                state = CLOSED;
                if (close && (e.is("StopAsyncIteration") || e.is("GeneratorExit"))) {
                    ts.decref(e.exception());
                    throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                }
                throw e;
            }
            if (!close) {
                try {
                    return gen.unwrap(ts, result);
                } catch (PythonException e) {
                    state = CLOSED;
                    throw e;
                }
            }
            if (result instanceof WrappedValue) {
                ts.decref(result);
                gen.runningAsync = false;
                state = CLOSED;
                throw PyErrors.runtimeError("async generator ignored GeneratorExit");
            }
            return result;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.xdecref(exc);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            super.traverse(visit);
            if (exc != null) {
                visit.accept(exc);
            }
        }
    }
}
