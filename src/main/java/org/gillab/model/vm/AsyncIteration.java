package org.gillab.model.vm;

import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * The builtins aiter() and anext() (Python/bltinmodule.c, 3.10+), and anext's awaitable with a default
 * (Objects/iterobject.c's anext_awaitable): it awaits the iterator's __anext__() and turns its
 * StopAsyncIteration into the default as the await's result.
 */
final class AsyncIteration {
    private AsyncIteration() {}

    /** aiter(async_iterable): its __aiter__(), which must have __anext__. */
    static PyObject aiter(Args args) {
        args.noKeywords("aiter");
        if (args.size() != 1) {
            throw PyErrors.typeError("aiter() takes exactly one argument (" + args.size() + " given)");
        }
        PyObject iterable = args.get(0);
        PyObject method = iterable.type().lookup("__aiter__");
        if (method == null) {
            throw PyErrors.typeError("'" + iterable.type().name() + "' object is not an async iterable");
        }
        PyObject it = Slots.call(args.thread(), iterable, method);
        if (it.type().lookup("__anext__") == null) {
            String name = it.type().name();
            args.thread().decref(it);
            throw PyErrors.typeError("aiter() returned not an async iterator of type '" + name + "'");
        }
        return it;
    }

    /** anext(async_iterator[, default]): __anext__()'s awaitable, or one that gives default at the end. */
    static PyObject anext(Args args) {
        args.checkPositional("anext", "anext", 1, 2);
        PyObject it = args.get(0);
        PyObject method = it.type().lookup("__anext__");
        if (method == null) {
            throw PyErrors.typeError("'" + it.type().name() + "' object is not an async iterator");
        }
        if (args.size() == 1) {
            return Slots.call(args.thread(), it, method);
        }
        return new DefaultAwaitable(args.thread(), it, args.get(1));
    }

    /** anext_awaitable: awaits the iterator's next item, or results in the default when there is none. */
    static final class DefaultAwaitable extends PyIterator {
        static final PyType TYPE = PyType.builder("anext_awaitable")
                .method("__await__", (self, a) -> a.thread().newRef(self))
                .method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> awaitable(self).step(a.thread(), null, null))
                .method("send", (self, a) -> {
                    a.expectPositional("send", 1, 1);
                    return awaitable(self).step(a.thread(), "send", a.get(0));
                })
                .method("throw", (self, a) -> {
                    a.expectPositional("throw", 1, 3);
                    return awaitable(self).step(a.thread(), "throw", a.get(0));
                })
                .method("close", (self, a) -> {
                    PyObject r = awaitable(self).step(a.thread(), "close", null);
                    return r == null ? PyNone.NONE : r;
                })
                .build();

        private static DefaultAwaitable awaitable(PyObject self) {
            return (DefaultAwaitable) self;
        }

        private final PyObject iterator;
        private final PyObject defaultValue;
        /** The iterator of __anext__()'s awaitable, got at the first step. */
        private PyObject inner;

        DefaultAwaitable(ThreadState ts, PyObject iterator, PyObject defaultValue) {
            super(ts);
            this.iterator = ts.newRef(iterator);
            this.defaultValue = ts.newRef(defaultValue);
        }

        /** Passes the step (next without a method, else send/throw/close) on; StopAsyncIteration becomes the default. */
        private PyObject step(ThreadState ts, String method, PyObject arg) {
            try {
                if (inner == null) {
                    PyObject next = Slots.callOptional(ts, iterator, "__anext__");
                    try {
                        inner = Awaits.awaitableIter(ts, next, 0);
                    } finally {
                        ts.decref(next);
                    }
                }
                if (method == null) {
                    PyObject r = Ops.next(ts, inner);
                    if (r == null) {
                        throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                    }
                    return r;
                }
                return arg == null ? Slots.callOptional(ts, inner, method) : Slots.callOptional(ts, inner, method, arg);
            } catch (PythonException e) {
                if (!e.is("StopAsyncIteration")) {
                    throw e;
                }
                ts.decref(e.exception());
                throw PyErrors.stopIteration(defaultValue);
            }
        }

        @Override
        public PyObject next(ThreadState ts) {
            return step(ts, null, null);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(iterator);
            ts.decref(defaultValue);
            ts.xdecref(inner);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(iterator);
            visit.accept(defaultValue);
            if (inner != null) {
                visit.accept(inner);
            }
        }
    }
}
