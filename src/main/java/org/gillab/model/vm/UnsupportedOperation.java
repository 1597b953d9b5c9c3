package org.gillab.model.vm;

import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/** io.UnsupportedOperation, the class io.py defines (both an OSError and a ValueError), raised from Java. */
public final class UnsupportedOperation {
    private UnsupportedOperation() {
    }

    /** io.UnsupportedOperation(message) to throw; an OSError should io not define it. */
    public static RuntimeException raise(ThreadState ts, String message) {
        InterpreterState interp = (InterpreterState) ts.invoker();
        PyObject type = interp.importModule(ts, "io").dict().get("UnsupportedOperation");
        if (!(type instanceof PyType t)) {
            return PyErrors.raise(PyErrors.OS_ERROR, message);
        }
        return PyErrors.raise(t, message);
    }
}
