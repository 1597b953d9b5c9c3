package org.gillab.model.lib;

import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.vm.InterpreterState;

/**
 * The part of the import machinery that importlib needs from the interpreter (CPython's Python/import.c
 * behind Lib/importlib/_bootstrap.py). The model's import system is Java ({@code vm.Imports}), so this
 * module offers it to the model's importlib: {@code _reload(module)} runs a module's source again in its
 * own namespace, as importlib.reload's exec of the module's spec does. The name is model-private.
 */
final class ImpModule {
    private ImpModule() {}

    static PyModule create(InterpreterState interp) {
        return new PyModule("_imp", true)
                .function("_reload", args -> {
                    args.expectPositional("_reload", 1, 1);
                    if (!(args.get(0) instanceof PyModule module)) {
                        throw PyErrors.typeError("reload() argument must be a module");
                    }
                    return args.thread().newRef(interp.reloadModule(args.thread(), module));
                });
    }
}
