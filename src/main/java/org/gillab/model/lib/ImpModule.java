package org.gillab.model.lib;

import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The part of the import machinery that importlib needs from the interpreter (CPython's Python/import.c
 * behind Lib/importlib/_bootstrap.py). The model's import system is Java ({@code vm.Imports}), so this
 * module offers it to the model's importlib: {@code _reload(module)} runs a module's source again in its
 * own namespace, as importlib.reload's exec of the module's spec does; {@code _find(name)} is
 * importlib.util.find_spec's search of the import system's places, (filename, package directory or None)
 * or None; {@code _library_source(filename)} reads one of the model's library modules, which are resources,
 * not files (None for another filename). The names are model-private.
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
                })
                .function("_find", args -> {
                    args.expectPositional("_find", 1, 1);
                    String[] found = interp.locateModule(args.get(0).str());
                    if (found == null) {
                        return PyNone.NONE;
                    }
                    ThreadState ts = args.thread();
                    return new PyTuple(ts, new PyObject[] {new PyStr(ts, found[0]), found[1] == null ? PyNone.NONE : new PyStr(ts, found[1])});
                })
                .function("_library_source", args -> {
                    args.expectPositional("_library_source", 1, 1);
                    String source = InterpreterState.librarySource(args.get(0).str());
                    return source == null ? PyNone.NONE : new PyStr(args.thread(), source);
                });
    }
}
