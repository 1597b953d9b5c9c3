package org.gillab.model.lib;

import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
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
                .function("getpid", args -> PyInt.of(args.thread(), ProcessHandle.current().pid()))
                .function("urandom", args -> {
                    args.expectPositional("urandom", 1, 1);
                    long size = Convert.toLong(args.get(0), "urandom");
                    if (size < 0) {
                        throw PyErrors.valueError("negative argument not allowed");
                    }
                    byte[] bytes = new byte[(int) Math.min(size, Integer.MAX_VALUE)];
                    ENTROPY.nextBytes(bytes);
                    return new PyBytes(args.thread(), bytes, false);
                });
    }

    /** The system's entropy source (/dev/urandom on Linux), as os.urandom reads it. */
    private static final java.security.SecureRandom ENTROPY = new java.security.SecureRandom();
}
