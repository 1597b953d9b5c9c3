package org.gillab.pool;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * {@code _multiprocessing.SharedHandle}: what the model's multiprocessing (queues.py, synchronize.py,
 * sharedctypes.py, connection.py) holds for a {@link SharedObject}. {@code SharedHandle(kind, *args)}
 * makes one, {@code handle.call(op, *args)} runs an operation without the GIL, wherever the object
 * lives; a handle sent to another process arrives as a handle on the same object.
 */
final class SharedHandle extends PyInstance {
    static final PyType TYPE = PyType.builder("SharedHandle")
            .attribute("__module__", org.gillab.model.object.PyStr.constant("_multiprocessing"))
            .constructor(SharedHandle::create)
            .method("call", (self, args) -> ((SharedHandle) self).call(args))
            .getter("id", (ts, self) -> PyInt.of(ts, ((SharedHandle) self).id))
            .build();

    private final long id;

    SharedHandle(ThreadState ts, long id) {
        super(ts, TYPE);
        this.id = id;
    }

    SharedRef ref() {
        return new SharedRef(id);
    }

    private static PyObject create(Args args) {
        if (args.size() < 1) {
            throw PyErrors.typeError("SharedHandle() needs the kind of object to make");
        }
        ThreadState ts = args.thread();
        Object id = run(ts, 0, args.get(0).str(), values(ts, args, 1));
        return new SharedHandle(ts, ((Number) id).longValue());
    }

    /** call(op, *args): the operation's result; the Python exception it raised, raised here. */
    private PyObject call(Args args) {
        if (args.size() < 1) {
            throw PyErrors.typeError("call() needs the operation's name");
        }
        ThreadState ts = args.thread();
        return PoolValues.toPython(ts, run(ts, id, args.get(0).str(), values(ts, args, 1)));
    }

    private static List<Object> values(ThreadState ts, Args args, int from) {
        List<Object> values = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            values.add(PoolValues.toJava(ts, args.get(i)));
        }
        return values;
    }

    private static Object run(ThreadState ts, long id, String op, List<Object> values) {
        InterpreterState state = (InterpreterState) ts.invoker();
        try {
            return state.allowThreads(ts, () -> SharedObjects.call(id, op, values));
        } catch (SharedObject.SharedError e) {
            throw raise(ts, state, e);
        }
    }

    /** The exception by its name: a built-in one, or "module.Name" (queue.Empty) found in that module. */
    private static PythonException raise(ThreadState ts, InterpreterState state, SharedObject.SharedError e) {
        String name = e.pythonType();
        int dot = name.lastIndexOf('.');
        PyObject type = dot < 0 ? PyErrors.all().get(name)
                : state.importModule(ts, name.substring(0, dot)).dict().get(name.substring(dot + 1));
        if (!(type instanceof PyType t)) {
            return PyErrors.runtimeError(name + ": " + e.getMessage());
        }
        return e.getMessage().isEmpty() ? PyErrors.raiseEmpty(t) : PyErrors.raise(t, e.getMessage());
    }

    @Override
    protected String builtinRepr() {
        return "<SharedHandle " + id + ">";
    }
}
