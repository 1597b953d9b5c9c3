package org.gillab.pool;

/**
 * A value that cannot travel to or from a worker process: our counterpart of CPython's
 * PicklingError. Only values the model converts to Java travel by value.
 */
public final class UnsendableValueException extends IllegalArgumentException {
    UnsendableValueException(Object value) {
        super("cannot send a value of type " + value.getClass().getName() + " to another process: only None, bool, "
                + "int, float, str, list, tuple and dict travel by value (in Java: null, Boolean, Long or Integer, "
                + "BigInteger, Double, String, List, org.gillab.model.Tuple, Map)");
    }
}
