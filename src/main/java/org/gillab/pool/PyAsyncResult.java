package org.gillab.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/** multiprocessing.pool.AsyncResult: get(timeout=None), wait(timeout=None), ready(), successful(). */
final class PyAsyncResult extends PyInstance {
    static final PyType TYPE = PyType.builder("AsyncResult")
            .method("get", (self, args) -> result(self).get(args))
            .method("wait", (self, args) -> result(self).waitFor(args))
            .method("ready", (self, args) -> {
                args.expectPositional("ready", 0, 0);
                return PyBool.of(result(self).result.ready());
            })
            .method("_cut", (self, args) -> {
                args.expectPositional("_cut", 0, 0);
                return PyBool.of(result(self).result.cut());
            })
            .method("successful", (self, args) -> {
                args.expectPositional("successful", 0, 0);
                if (!result(self).result.ready()) {
                    throw PyErrors.valueError(self.repr() + " not ready");
                }
                return PyBool.of(result(self).result.successful());
            })
            .build();

    private final Interpreter interpreter;
    private final AsyncResult result;

    PyAsyncResult(ThreadState ts, Interpreter interpreter, AsyncResult result) {
        super(ts, TYPE);
        this.interpreter = interpreter;
        this.result = result;
    }

    private static PyAsyncResult result(PyObject self) {
        return (PyAsyncResult) self;
    }

    private PyObject get(Args args) {
        Duration timeout = timeout(args, "get");
        ThreadState ts = args.thread();
        Object value = Spawn.withoutGil(interpreter, ts, () -> timeout == null ? result.get() : result.get(timeout));
        return PoolValues.toPython(ts, value);
    }

    private PyObject waitFor(Args args) {
        Duration timeout = timeout(args, "wait");
        Spawn.withoutGil(interpreter, args.thread(), () -> {
            if (timeout == null) {
                result.waitFor();
            } else {
                result.waitFor(timeout);
            }
            return null;
        });
        return PyNone.NONE;
    }

    /**
     * wait_any(results, timeout=None): waits without the GIL until one of the AsyncResults is ready;
     * its index, or -1 when the timeout passes first. The pool's result handler (pool.py) runs the
     * callbacks of what is ready, as CPython's result handler thread does.
     */
    static PyObject waitAny(Interpreter interpreter, Args args) {
        PyObject[] a = args.bind("wait_any", 1, "results", "timeout");
        ThreadState ts = args.thread();
        List<AsyncResult> results = new ArrayList<>();
        List<PyObject> items = Ops.toList(ts, a[0]);
        items.forEach(item -> {
            if (item instanceof PyAsyncResult r) {
                results.add(r.result);
            }
        });
        String wrongType = results.size() < items.size() ? items.stream().filter(i -> !(i instanceof PyAsyncResult))
                .findFirst().map(i -> i.type().name()).orElse("") : null;
        items.forEach(ts::decref);
        if (wrongType != null) {
            throw PyErrors.typeError("wait_any() takes AsyncResults, not '" + wrongType + "'");
        }
        Duration timeout = a[1] == null || a[1] instanceof PyNone ? null
                : Duration.ofNanos((long) (Math.max(0, Convert.toDouble(a[1], "wait_any")) * 1e9));
        int index = Spawn.withoutGil(interpreter, ts, () -> AsyncResult.waitAny(results, timeout));
        return PyInt.of(ts, index);
    }

    /** The timeout argument: None waits for ever. */
    private static Duration timeout(Args args, String method) {
        PyObject[] a = args.bind(method, 0, "timeout");
        if (a[0] == null || a[0] instanceof PyNone) {
            return null;
        }
        return Duration.ofNanos((long) (Math.max(0, Convert.toDouble(a[0], method)) * 1e9));
    }

    @Override
    protected String builtinRepr() {
        return "<multiprocessing.pool.ApplyResult " + result + ">";
    }
}
