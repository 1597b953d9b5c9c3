package org.gillab.model.vm;

import org.gillab.model.PythonException;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * The instructions of await, async with and async for (ceval.c's GET_AWAITABLE, BEFORE_ASYNC_WITH,
 * GET_AITER, GET_ANEXT, END_ASYNC_FOR), with CPython 3.11's error messages. Each takes the frame's stack
 * and returns the new depth, as {@link Instructions} does.
 */
final class Awaits {
    private Awaits() {}

    /** GET_AWAITABLE: TOS becomes the iterator await sends to; {@code where} says what the error blames. */
    static int getAwaitable(ThreadState ts, PyObject[] s, int sp, int where) {
        PyObject awaited = s[sp - 1];
        PyObject it = awaitableIter(ts, awaited, where);
        s[sp - 1] = it;
        ts.decref(awaited);
        return sp;
    }

    /**
     * _PyCoro_GetAwaitableIter: a coroutine itself (unless another await is already driving it), a
     * generator of a types.coroutine function, or the iterator its type's __await__ returns.
     */
    static PyObject awaitableIter(ThreadState ts, PyObject o, int where) {
        if (o instanceof PyCoroutine c) {
            if (c.delegate() != null) {
                throw PyErrors.runtimeError("coroutine is being awaited already");
            }
            return ts.newRef(c);
        }
        if (o instanceof PyGenerator g && (g.frame.code.flags & CodeObject.ITERABLE_COROUTINE) != 0) {
            return ts.newRef(g);
        }
        PyType type = o.type();
        PyObject method = type.lookup("__await__");
        if (method == null) {
            throw PyErrors.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + type.name();
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + type.name();
                default -> "object " + type.name() + " can't be used in 'await' expression";
            });
        }
        PyObject it = Slots.call(ts, o, method);
        if (it instanceof PyCoroutine) {
            ts.decref(it);
            throw PyErrors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            String name = it.type().name();
            ts.decref(it);
            throw PyErrors.typeError("__await__() returned non-iterator of type '" + name + "'");
        }
        return it;
    }

    /** BEFORE_ASYNC_WITH: pushes the bound __aexit__, then what __aenter__() returns (awaited next). */
    static int beforeAsyncWith(ThreadState ts, PyObject[] s, int sp) {
        return Instructions.enterContext(ts, s, sp, "__aenter__", "__aexit__", "the asynchronous context manager protocol");
    }

    /** GET_AITER: TOS becomes TOS.__aiter__(), which must have __anext__. */
    static int getAiter(ThreadState ts, PyObject[] s, int sp) {
        PyObject iterable = s[sp - 1];
        PyType type = iterable.type();
        PyObject method = type.lookup("__aiter__");
        if (method == null) {
            throw PyErrors.typeError("'async for' requires an object with __aiter__ method, got " + type.name());
        }
        PyObject it = Slots.call(ts, iterable, method);
        if (it.type().lookup("__anext__") == null) {
            String name = it.type().name();
            ts.decref(it);
            throw PyErrors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + name);
        }
        s[sp - 1] = it;
        ts.decref(iterable);
        return sp;
    }

    /** GET_ANEXT: pushes the awaitable iterator of TOS.__anext__(). */
    static int getAnext(ThreadState ts, PyObject[] s, int sp) {
        PyObject it = s[sp - 1];
        PyType type = it.type();
        PyObject method = type.lookup("__anext__");
        if (method == null) {
            throw PyErrors.typeError("'async for' requires an iterator with __anext__ method, got " + type.name());
        }
        PyObject next = Slots.call(ts, it, method);
        try {
            s[sp] = awaitableIter(ts, next, 0);
        } catch (PythonException e) {
            if (!e.is("TypeError")) {
                throw e;
            }
            ts.decref(e.exception());
            throw PyErrors.typeError("'async for' received an invalid object from __anext__: " + next.type().name());
        } finally {
            ts.decref(next);
        }
        return sp + 1;
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop (pops it and the iterator); anything else propagates as it is. */
    static int endAsyncFor(ThreadState ts, Frame f, PyObject[] s, int sp) {
        PyObject exc = s[--sp];
        s[sp] = null;
        if (!exc.type().isSubtypeOf(PyErrors.STOP_ASYNC_ITERATION)) {
            throw new PythonException((PyException) exc, f);
        }
        ts.decref(exc);
        PyObject it = s[--sp];
        s[sp] = null;
        ts.decref(it);
        return sp;
    }
}
