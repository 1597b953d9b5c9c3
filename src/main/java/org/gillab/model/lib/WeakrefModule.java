package org.gillab.model.lib;

import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyWeakRef;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * The _weakref module (Modules/_weakref.c): the reference type and the questions about an object's weak
 * references; weakref.py builds the weak containers on it. (proxy is not implemented.)
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static PyModule create() {
        return new PyModule("_weakref", true)
                .add("ref", Types.WEAKREF)
                .add("ReferenceType", Types.WEAKREF)
                .function("getweakrefcount", args -> PyInt.of(args.thread(),
                        PyWeakRef.referencesTo(args.oneArg("_weakref.getweakrefcount")).size()))
                .function("getweakrefs", args -> {
                    ThreadState ts = args.thread();
                    PyList list = new PyList(ts);
                    for (PyWeakRef ref : PyWeakRef.referencesTo(args.oneArg("_weakref.getweakrefs"))) {
                        list.append(ts, ref);
                    }
                    return list;
                })
                .function("_remove_dead_weakref", args -> {
                    // del dct[key] if dct[key] is a dead weak reference (WeakValueDictionary's cleanup)
                    args.checkPositional("_remove_dead_weakref", "_weakref._remove_dead_weakref", 2, 2);
                    ThreadState ts = args.thread();
                    if (!(args.get(0) instanceof PyDict dict)) {
                        throw PyErrors.typeError("_remove_dead_weakref() argument 1 must be dict, not "
                                + args.get(0).type().name());
                    }
                    PyObject value = dict.get(args.get(1));
                    if (value instanceof PyWeakRef ref && ref.referent() == null) {
                        Ops.delItem(ts, dict, args.get(1));
                    }
                    return PyNone.NONE;
                });
    }
}
