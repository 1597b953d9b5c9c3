package org.gillab.model.object;

/** The hashability rule of dict keys: mutable containers are unhashable (their __hash__ is None). */
final class Hashing {
    private Hashing() {}

    static void requireHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict) {
            throw PyErrors.typeError("unhashable type: '" + key.type().name() + "'");
        }
    }
}
