package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The _abc module (Modules/_abc.c), only its part that the model's abc.py cannot do in Python: the
 * collection flags (Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING) that a match statement's sequence and
 * mapping patterns consult. The registries and caches that CPython's _abc keeps live in abc.py.
 */
final class AbcModule {
    private AbcModule() {}

    private static final int COLLECTION_FLAGS = PyType.SEQUENCE | PyType.MAPPING;

    static PyModule create() {
        return new PyModule("_abc", true)
                .function("_abc_init", AbcModule::init)
                .function("_abc_register", AbcModule::register);
    }

    /** _abc_init's flags: an ABC's __abc_tpflags__ (collections.abc.Sequence's, Mapping's) becomes its flag and leaves its namespace. */
    private static PyObject init(Args args) {
        args.expectPositional("_abc_init", 1, 1);
        ThreadState ts = args.thread();
        if (args.get(0) instanceof PyType cls && cls.dict().get("__abc_tpflags__") instanceof PyInt flags) {
            int flag = (int) (flags.value & COLLECTION_FLAGS);
            if (flag != 0) {
                cls.setCollectionFlag(flag);
            }
            cls.delAttr(ts, "__abc_tpflags__");
        }
        return PyNone.NONE;
    }

    /** _abc_register's flags: a class registered with a flagged ABC gets its flag, and so do its subclasses. */
    private static PyObject register(Args args) {
        args.expectPositional("_abc_register", 2, 2);
        if (!(args.get(0) instanceof PyType abc) || !(args.get(1) instanceof PyType subclass)) {
            throw PyErrors.typeError("_abc_register() arguments must be classes");
        }
        int flag = abc.collectionFlag();
        if (flag != 0) {
            setRecursively(subclass, flag);
        }
        return PyNone.NONE;
    }

    /** set_collection_flag_recursive: built-in (immutable) types keep theirs. */
    private static void setRecursively(PyType cls, int flag) {
        if (!cls.isHeapType() || cls.collectionFlag() == flag) {
            return;
        }
        cls.setCollectionFlag(flag);
        for (PyType child : cls.subclasses()) {
            setRecursively(child, flag);
        }
    }
}
