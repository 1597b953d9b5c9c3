package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;

/**
 * What the built-in iterators' __reduce__ and __setstate__ share (listiter_reduce_general, rangeiter_reduce,
 * dictiter_reduce... in CPython's Objects): the reductions to iter(...) by the builtins' own iter, and the
 * index a __setstate__ is given. Copying and pickling an iterator rebuilds it from these.
 */
public final class IteratorReductions {
    private IteratorReductions() {}

    /** The builtins' iter (as _PyEval_GetBuiltin finds it), borrowed: what most reductions call. */
    public static PyObject iter(ThreadState ts) {
        return ts.invoker().importModule(ts, "builtins").dict().get("iter");
    }

    /** (iter, args): iter(*args) again. */
    public static PyObject iterCall(ThreadState ts, PyObject... args) {
        return call(ts, iter(ts), args);
    }

    /** (iter, (sequence,), index): an iterator over the sequence that __setstate__(index) moves on. */
    public static PyObject iterAt(ThreadState ts, PyObject sequence, long index) {
        return callAt(ts, iter(ts), sequence, index);
    }

    /** (callable, (empty,)), taking over the reference to {@code empty}: how an exhausted iterator reduces. */
    public static PyObject exhausted(ThreadState ts, PyObject callable, PyObject empty) {
        try {
            return call(ts, callable, empty);
        } finally {
            ts.decref(empty);
        }
    }

    /** (callable, args): callable(*args), args borrowed. */
    public static PyObject call(ThreadState ts, PyObject callable, PyObject... args) {
        PyObject tuple = PyTuple.of(ts, args);
        try {
            return PyTuple.of(ts, callable, tuple);
        } finally {
            ts.decref(tuple);
        }
    }

    /** (callable, (source,), index): callable(source) then __setstate__(index). */
    public static PyObject callAt(ThreadState ts, PyObject callable, PyObject source, long index) {
        PyObject at = PyInt.of(ts, index);
        try {
            return callWithState(ts, callable, new PyObject[] {source}, at);
        } finally {
            ts.decref(at);
        }
    }

    /** (callable, args, state): callable(*args) then __setstate__(state); all borrowed. */
    public static PyObject callWithState(ThreadState ts, PyObject callable, PyObject[] args, PyObject state) {
        PyObject tuple = PyTuple.of(ts, args);
        try {
            return PyTuple.of(ts, callable, tuple, state);
        } finally {
            ts.decref(tuple);
        }
    }

    /** Gives an iterator type __reduce__: its instances are {@link PyIterator.Reducible}. */
    public static PyType.Builder reducible(PyType.Builder b) {
        return b.method("__reduce__", (self, a) -> {
            a.noArgs("__reduce__");
            return ((PyIterator.Reducible) self).reduce(a.thread());
        });
    }

    /** Gives an iterator type __reduce__ and __setstate__: its instances are {@link PyIterator.Resumable}. */
    public static PyType.Builder resumable(PyType.Builder b) {
        return reducible(b).method("__setstate__", (self, a) -> {
            ((PyIterator.Resumable) self).setState(a.thread(), a.oneArg("__setstate__"));
            return PyNone.NONE;
        });
    }

    /** (iter, (items,)): the items an iterator still has, in a new list (dict and set iterators). */
    static PyObject iterOverList(ThreadState ts, List<PyObject> borrowed) {
        List<PyObject> owned = new ArrayList<>(borrowed.size());
        for (PyObject item : borrowed) {
            owned.add(ts.newRef(item));
        }
        PyObject list = new PyList(ts, owned);
        try {
            return iterCall(ts, list);
        } finally {
            ts.decref(list);
        }
    }

    /**
     * The position __setstate__ is given (PyLong_AsSsize_t), brought into [{@code low}, {@code high}]: CPython
     * clips it silently.
     */
    public static long index(ThreadState ts, PyObject state, long low, long high) {
        if (Numbers.asInt(state) == null) {
            throw PyErrors.typeError("an integer is required"); // PyLong_AsSsize_t's words: no __index__
        }
        long index = Convert.toLong(state, "__setstate__");
        return Math.max(low, Math.min(high, index));
    }
}
