package org.gillab.model.object;

import org.gillab.model.PythonException;

/**
 * Calling special methods looked up on an object's type, never its instance dict (typeobject.c's
 * lookup_maybe_method and the slot_tp_* / slot_nb_* functions): how a class's __repr__, __eq__, __len__,
 * __add__... take part in the object protocols of {@link Ops}. From Java code that has no thread state at
 * hand (a dict hashing its key) the calling thread's current one is used.
 */
public final class Slots {
    private Slots() {}

    /** The thread state of the Python thread running this Java code. */
    static ThreadState thread() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            throw new IllegalStateException("a Python special method was needed outside a Python thread");
        }
        return ts;
    }

    /** Whether obj's class defines {@code name} in Python (a heap type along its MRO overrides the slot). */
    public static boolean overridden(PyObject obj, String name) {
        PyType t = obj.type();
        return t.isHeapType() && t.overrides(name);
    }

    /**
     * Whether {@code other}, of a class with its own __eq__, equals {@code builtin}: a dict or set probed with an
     * int or str finds a key whose class says it equals one (lookdict compares the stored key with ==, whose
     * reflected __eq__ is the class's), though Java asks the probe.
     */
    static boolean decidesEquality(PyObject builtin, Object other) {
        return other instanceof PyObject o && overridden(o, "__eq__") && equal(builtin, o);
    }

    /** type(self).name(self, *args); the method must exist. */
    public static PyObject call(ThreadState ts, PyObject self, PyObject method, PyObject... args) {
        if (method instanceof PyMethodDescriptor d) {
            return d.method().call(self, Args.of(ts, args));
        }
        if (method instanceof PyFunction) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return ts.invoker().call(ts, method, Args.of(ts, all));
        }
        PyObject bound = Attributes.get(ts, method, self, self.type());
        try {
            return ts.invoker().call(ts, bound, Args.of(ts, args));
        } finally {
            ts.decref(bound);
        }
    }

    /** type(self).name(self, *args) if the type has such an attribute, else null. */
    public static PyObject callOptional(ThreadState ts, PyObject self, String name, PyObject... args) {
        PyObject method = self.type().lookup(name);
        if (method == null || method == PyNone.NONE) {
            return null;
        }
        return call(ts, self, method, args);
    }

    /** A Python-level override of {@code name} called with args, or null when the class does not override it. */
    public static PyObject callOverride(ThreadState ts, PyObject self, String name, PyObject... args) {
        if (!overridden(self, name)) {
            return null;
        }
        return call(ts, self, self.type().lookup(name), args);
    }

    /** __repr__ / __str__ of a class: must return a str. */
    static String stringResult(PyObject self, String name) {
        return stringResult(self, name, name);
    }

    /** A class's method {@code name}, whose result must be a str for the caller, named {@code checkedAs} if not. */
    static String stringResult(PyObject self, String name, String checkedAs) {
        ThreadState ts = thread();
        PyObject result = call(ts, self, self.type().lookup(name));
        try {
            if (!(result instanceof PyStr s)) {
                throw PyErrors.typeError(checkedAs + " returned non-string (type " + result.type().name() + ")");
            }
            return s.value;
        } finally {
            ts.decref(result);
        }
    }

    /** slot_nb_bool: __bool__, else __len__ != 0, else true. */
    static boolean truthy(PyObject self) {
        PyType t = self.type();
        if (!t.isHeapType()) {
            return true;
        }
        ThreadState ts = thread();
        PyObject bool = t.lookup("__bool__");
        if (bool != null && t.overrides("__bool__")) {
            PyObject result = call(ts, self, bool);
            if (!(result instanceof PyBool b)) {
                ts.decref(result);
                throw PyErrors.typeError("__bool__ should return bool, returned " + result.type().name());
            }
            return b.value;
        }
        if (t.overrides("__len__")) {
            return Ops.len(ts, self) != 0;
        }
        return true;
    }

    /** slot_tp_hash: __hash__ (None makes the type unhashable), else identity; as Python's full hash. */
    static long pythonHash(PyObject self) {
        PyType t = self.type();
        PyObject hash = t.lookup("__hash__");
        if (hash == PyNone.NONE) {
            throw PyErrors.typeError("unhashable type: '" + t.name() + "'");
        }
        if (!t.overrides("__hash__")) {
            return Hashing.builtinHash(self);
        }
        ThreadState ts = thread();
        PyObject result = call(ts, self, hash);
        try {
            PyInt i = Numbers.asInt(result);
            if (i == null) {
                throw PyErrors.typeError("__hash__ method should return an integer");
            }
            // slot_tp_hash: a result that fits a Py_hash_t is the hash itself (so __hash__ = str.__hash__ hashes
            // as the str does); a bigger one is hashed as an int
            return i.big == null ? (i.value == -1 ? -2 : i.value) : Hashing.ofInt(i);
        } finally {
            ts.decref(result);
        }
    }

    /** == through __eq__ when the class overrides it (dict keys, list.index...). */
    static boolean equal(PyObject self, PyObject other) {
        if (!self.type().overrides("__eq__") && !other.type().overrides("__eq__")) {
            return false;
        }
        return Ops.equal(thread(), self, other);
    }

    /** Whether a Python exception is a StopIteration (the end of a __next__). */
    static boolean isStopIteration(RuntimeException e) {
        return e instanceof PythonException p && p.exception().type().isSubtypeOf(PyErrors.STOP_ITERATION);
    }
}
