package org.gillab.model.lib;

import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyStr;
import org.gillab.model.vm.InterpreterState;

/** The os module (Modules/posixmodule.c, Lib/os.py): the process, the environment and paths. */
final class OsModule {
    private OsModule() {}

    static PyModule create(InterpreterState interp) {
        return new PyModule("os", true)
                .add("name", PyStr.constant("posix"))
                .add("sep", PyStr.constant("/"))
                .function("cpu_count", args -> PyInt.of(args.thread(), Runtime.getRuntime().availableProcessors()))
                .function("getpid", args -> PyInt.of(args.thread(), ProcessHandle.current().pid()));
    }
}
