package org.gillab.model.object;

/** A method implemented in Java, looked up on a {@link PyType}; {@code self} and the arguments are borrowed. */
@FunctionalInterface
public interface NativeMethod {
    PyObject call(PyObject self, Args args);
}
