package org.gillab.model.vm;

import org.gillab.model.PythonException;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * A coroutine, what calling an async def makes (Objects/genobject.c's PyCoro_Type): a generator with other
 * rules. It is driven by send, throw and close or awaited (GET_AWAITABLE gives the coroutine itself to
 * SEND), never iterated; once finished, resuming it is "cannot reuse already awaited coroutine"; and one
 * freed without ever having started warns "coroutine '...' was never awaited" (_PyGen_Finalize).
 */
final class PyCoroutine extends PyGenerator implements PyIterator.NotIterable {
    static final PyType TYPE = PyType.builder("coroutine")
            .method("send", (self, a) -> {
                a.expectPositional("send", 1, 1);
                return coro(self).sendFromPython(a.thread(), a.get(0));
            })
            .method("throw", (self, a) -> coro(self).throwFromPython(a))
            .method("close", (self, a) -> {
                coro(self).close(a.thread());
                return PyNone.NONE;
            })
            .method("__await__", (self, a) -> new Wrapper(a.thread(), coro(self)))
            .getter("cr_running", (ts, self) -> PyBool.of(coro(self).running))
            .getter("cr_code", (ts, self) -> ts.newRef(coro(self).frame.code))
            .getter("cr_frame", (ts, self) -> coro(self).frameObject(ts))
            .getter("cr_await", (ts, self) -> {
                PyObject awaited = coro(self).delegate();
                return awaited != null ? ts.newRef(awaited) : PyNone.NONE;
            })
            .getter("cr_suspended", (ts, self) -> PyBool.of(coro(self).started && !coro(self).isFinished() && !coro(self).running))
            .getter("__name__", (ts, self) -> new PyStr(ts, coro(self).frame.code.name))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, coro(self).frame.code.qualname))
            .build();

    private static PyCoroutine coro(PyObject self) {
        return (PyCoroutine) self;
    }

    PyCoroutine(ThreadState ts, InterpreterState interp, Frame frame) {
        super(ts, interp, frame);
    }

    @Override
    String kind() {
        return "coroutine";
    }

    /** gen_send_ex2: a finished coroutine cannot be sent to or thrown into again. */
    @Override
    PyObject resumeFinished(ThreadState ts, PythonException throwIn) {
        if (throwIn != null) {
            ts.decref(throwIn.exception());
        }
        throw PyErrors.runtimeError("cannot reuse already awaited coroutine");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * A coroutine freed before it ever ran warns through warnings._warn_unawaited_coroutine, from the frame
     * that dropped it (_PyErr_WarnUnawaitedCoroutine); a warning turned into an error is unraisable.
     */
    @Override
    protected void release(ThreadState ts) {
        if (!started && !isFinished()) {
            PyStr name = new PyStr(ts, frame.code.qualname);
            try {
                PyModule warnings = interp.importModule(ts, "warnings");
                ts.decref(ts.call(warnings.dict().get("_warn_unawaited_coroutine"), name, frame.code));
            } catch (PythonException e) {
                interp.writeUnraisable(ts, "in", this, e);
                ts.decref(e.exception());
            } finally {
                ts.decref(name);
            }
        }
        super.release(ts);
    }

    /** What coroutine.__await__() returns (coroutine_wrapper): an iterator that drives the coroutine. */
    static final class Wrapper extends PyIterator {
        static final PyType TYPE = PyType.builder("coroutine_wrapper")
                .method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> wrapped(self).sendFromPython(a.thread(), PyNone.NONE))
                .method("send", (self, a) -> {
                    a.expectPositional("send", 1, 1);
                    return wrapped(self).sendFromPython(a.thread(), a.get(0));
                })
                .method("throw", (self, a) -> wrapped(self).throwFromPython(a))
                .method("close", (self, a) -> {
                    wrapped(self).close(a.thread());
                    return PyNone.NONE;
                })
                .build();

        private static PyCoroutine wrapped(PyObject self) {
            return ((Wrapper) self).coroutine;
        }

        final PyCoroutine coroutine;

        Wrapper(ThreadState ts, PyCoroutine coroutine) {
            super(ts);
            this.coroutine = ts.newRef(coroutine);
        }

        @Override
        public PyObject next(ThreadState ts) {
            return coroutine.next(ts);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(coroutine);
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> visit) {
            visit.accept(coroutine);
        }
    }
}
