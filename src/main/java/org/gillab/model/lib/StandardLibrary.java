package org.gillab.model.lib;

import org.gillab.model.object.PyModule;
import org.gillab.model.vm.InterpreterState;

/**
 * The model's standard library: the modules it implements in Java, one class each, named after the
 * module and naming the CPython file it mirrors. Modules written in Python live beside this class as
 * resources ({@code org/gillab/model/lib/NAME.py}); the interpreter's import system finds those itself.
 */
public final class StandardLibrary {
    private StandardLibrary() {}

    /** A fresh module {@code name} for {@code interp}, or null when the model has no Java module of that name. */
    public static PyModule create(InterpreterState interp, String name) {
        return switch (name) {
            case "_thread" -> ThreadModule.create(interp);
            case "time" -> TimeModule.create(interp);
            case "sys" -> SysModule.create(interp);
            case "os" -> OsModule.create(interp);
            case "math" -> MathModule.create();
            case "_random" -> RandomModule.create();
            case "_sha512" -> Sha512Module.create();
            case "itertools" -> ItertoolsModule.create();
            case "_collections" -> CollectionsModule.create();
            case "linecache" -> LinecacheModule.create(interp);
            case "_traceback" -> TracebackModule.create();
            case "_heapq" -> HeapqModule.create();
            case "_bisect" -> BisectModule.create();
            case "_operator" -> OperatorModule.create();
            case "_weakref" -> WeakrefModule.create();
            default -> null;
        };
    }
}
