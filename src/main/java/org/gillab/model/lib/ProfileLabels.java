package org.gillab.model.lib;

import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyMethod;
import org.gillab.model.object.PyMethodDescriptor;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;

/**
 * The name _lsprof gives a native function it profiles (normalizeUserObj): "<built-in method
 * builtins.len>" for a module's function, "<method 'append' of 'list' objects>" for a method, found
 * on the type of the object it is bound to, "<built-in method fromkeys>" when that type has no such
 * method (a class method). Only what CPython 3.11's CALL reports as a C call has a label: builtin
 * functions and methods and method descriptors, not types or slot wrappers.
 */
final class ProfileLabels {
    private ProfileLabels() {}

    /** The label of {@code callable}, or null when CPython's profiler does not see its calls. */
    static String of(PyObject callable) {
        if (callable instanceof PyBuiltin builtin) {
            String module = builtin.module();
            return "<built-in method " + (module == null ? "" : module + ".") + builtin.name() + ">";
        }
        if (callable instanceof PyMethodDescriptor descriptor) {
            return descriptor.isSlotWrapper() ? null : method(descriptor.name(), descriptor.owner());
        }
        if (callable instanceof PyMethod bound && bound.type().name().equals("builtin_function_or_method")) {
            if (bound.self instanceof PyModule module) {
                return "<built-in method " + module.name() + "." + bound.name() + ">";
            }
            PyType type = bound.self.type();
            return type.lookup(bound.name()) instanceof PyMethodDescriptor d && !d.isSlotWrapper()
                    ? method(bound.name(), d.owner()) : "<built-in method " + bound.name() + ">";
        }
        return null;
    }

    /** A method descriptor's repr: its type's tp_name. */
    private static String method(String name, PyType owner) {
        String typeName = owner.name();
        return "<method '" + name + "' of '" + typeName + "' objects>";
    }
}
