package org.gillab.model;

import org.gillab.model.object.PyModule;

/**
 * A module implemented in Java by a package above the model (the pool provides {@code multiprocessing}).
 * Found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.gillab.model.ModuleProvider}. {@link #create} runs once per
 * interpreter, on the first import, on a thread that holds that interpreter's GIL.
 */
public interface ModuleProvider {
    /** The import name, e.g. "multiprocessing". */
    String name();

    /** A fresh module for {@code interpreter}: add functions with {@link PyModule#function}, types with {@link PyModule#add}. */
    PyModule create(Interpreter interpreter);
}
