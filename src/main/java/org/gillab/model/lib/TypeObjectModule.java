package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;

/**
 * The model's own _typeobject module (CPython has none): what the model's Python-written library needs
 * of a type that CPython's C modules get from their PyTypeObject (Objects/typeobject.c). CPython's
 * datetime, decimal and _io types are static types whose tp_name, which messages show, is dotted
 * ('datetime.date') while their __name__ is not ('date'); the model writes those classes in Python, so
 * {@code set_tp_name(cls, name)} gives such a class its tp_name, kept on the type and nowhere in its
 * __dict__, and {@code tp_name(cls)} reads any type's, for the library's own messages and reprs.
 */
final class TypeObjectModule {
    private TypeObjectModule() {}

    static PyModule create() {
        return new PyModule("_typeobject", true)
                .function("tp_name", args -> {
                    args.expectPositional("tp_name", 1, 1);
                    return new PyStr(args.thread(), type(args, "tp_name").name());
                })
                .function("set_tp_name", args -> {
                    args.expectPositional("set_tp_name", 2, 2);
                    if (!(args.get(1) instanceof PyStr name)) {
                        throw PyErrors.badArgument("set_tp_name() argument 2", "str", args.get(1));
                    }
                    type(args, "set_tp_name").setStaticTypeName(name.value);
                    return PyNone.NONE;
                });
    }

    private static PyType type(Args args, String function) {
        PyObject cls = args.get(0);
        if (!(cls instanceof PyType type)) {
            throw PyErrors.badArgument(function + "() argument 1", "type", cls);
        }
        return type;
    }
}
