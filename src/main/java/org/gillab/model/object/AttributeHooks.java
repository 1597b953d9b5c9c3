package org.gillab.model.object;

import org.gillab.model.PythonException;

/**
 * Attribute access of an instance of a class statement's type, which may define __getattribute__,
 * __getattr__, __setattr__ and __delattr__: CPython's slot_tp_getattr_hook and slot_tp_setattro, which
 * a heap type gets whatever its base (object, list, tuple, str...).
 */
final class AttributeHooks {
    private AttributeHooks() {
    }

    /** __getattribute__ (or the generic lookup), then __getattr__ if that raised AttributeError. */
    static PyObject get(ThreadState ts, PyObject self, PyType type, String name) {
        PyObject getattr = type.lookup("__getattr__");
        try {
            PyObject found = type.overrides("__getattribute__")
                    ? ts.call(type.lookup("__getattribute__"), self, PyStr.constant(name))
                    : Attributes.genericGetOrNull(ts, self, name);
            if (found != null) {
                return found;
            }
            if (getattr == null) {
                throw Attributes.missing(self, name);
            }
        } catch (PythonException e) {
            if (getattr == null || !e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
        }
        return ts.call(getattr, self, PyStr.constant(name));
    }

    /** The class's __setattr__, or the generic assignment; value borrowed. */
    static void set(ThreadState ts, PyObject self, PyType type, String name, PyObject value) {
        if (type.overrides("__setattr__")) {
            ts.decref(ts.call(type.lookup("__setattr__"), self, PyStr.constant(name), value));
        } else {
            Attributes.genericSet(ts, self, name, value);
        }
    }

    /** The class's __delattr__, or the generic deletion. */
    static void delete(ThreadState ts, PyObject self, PyType type, String name) {
        if (type.overrides("__delattr__")) {
            ts.decref(ts.call(type.lookup("__delattr__"), self, PyStr.constant(name)));
        } else {
            Attributes.genericDelete(ts, self, name);
        }
    }
}
