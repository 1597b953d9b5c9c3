package org.gillab.pool;

import org.gillab.model.Interpreter;
import org.gillab.model.ModuleProvider;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;

/**
 * The model's {@code multiprocessing} module, on real OS processes: Pool, Process, cpu_count, with
 * CPython's spawn semantics (each worker re-runs the main program as __mp_main__ and calls functions
 * by name). Found by the model through {@link java.util.ServiceLoader}.
 */
public final class MultiprocessingModule implements ModuleProvider {
    @Override
    public String name() {
        return "multiprocessing";
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        return new PyModule("multiprocessing", true)
                .function("Pool", args -> PyPool.create(interpreter, args))
                .function("Process", args -> PyProcess.create(interpreter, args))
                .function("cpu_count", args -> {
                    args.expectPositional("cpu_count", 0, 0);
                    return PyInt.of(args.thread(), Runtime.getRuntime().availableProcessors());
                })
                .add("TimeoutError", org.gillab.model.object.PyErrors.TIMEOUT_ERROR);
    }
}
