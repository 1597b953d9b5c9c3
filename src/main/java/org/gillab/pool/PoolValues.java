package org.gillab.pool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyMethod;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.InterpreterState;

/**
 * Python objects to the values {@link ValueCodec} sends and back, as pickle does it for CPython's
 * multiprocessing: data by value, functions and classes by the name they are found under (CPython
 * 3.11's pickler errors where that fails), bound methods as their object and name, shared objects by
 * id. Module {@code __main__} is the parent's main program; in a worker that is module
 * {@code __mp_main__}, so names are translated.
 */
final class PoolValues {
    static final String MAIN = "__main__";
    static final String MP_MAIN = "__mp_main__";

    private PoolValues() {}

    /** The value to send for {@code o} (borrowed); TypeError/PicklingError for what cannot be sent. */
    static Object toJava(ThreadState ts, PyObject o) {
        if (o instanceof PyNone || o instanceof PyBool || o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) {
            return Convert.toJava(o);
        }
        if (o instanceof PyBytes b) {
            return b.value().clone();
        }
        if (o instanceof SharedHandle handle) {
            return handle.ref();
        }
        if (o instanceof PyList l) {
            List<Object> items = new ArrayList<>(l.size());
            l.items().forEach(item -> items.add(toJava(ts, item)));
            return items;
        }
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                items.add(toJava(ts, t.get(i)));
            }
            return new Tuple(items);
        }
        if (o instanceof PyDict d) {
            Map<Object, Object> map = new LinkedHashMap<>();
            d.snapshot().forEach(e -> map.put(toJava(ts, e.getKey()), toJava(ts, e.getValue())));
            return map;
        }
        if (o.type() == Types.SET || o.type() == Types.FROZENSET) { // a subclass would need its class sent too
            List<Object> items = new ArrayList<>();
            ((PySet) o).items().forEach(item -> items.add(toJava(ts, item)));
            return new SentSet(items, o.type() == Types.FROZENSET);
        }
        if (o instanceof PyFunction || o instanceof PyBuiltin) {
            return function(ts, o);
        }
        if (o instanceof PyBoundMethod method) {
            String name = attribute(ts, method.function, "__name__");
            if (name == null) {
                throw PyErrors.typeError("cannot pickle '" + o.type().name() + "' object");
            }
            return new BoundMethodRef(toJava(ts, method.self), name);
        }
        if (o instanceof PyMethod method) { // a built-in type's method of a value: [].append
            return new BoundMethodRef(toJava(ts, method.self), method.name());
        }
        if (o instanceof PyInstance instance && instance.type().isHeapType() && instance.type().moduleName() != null
                && instance.dictOrNull() != null) {
            PyType cls = instance.type();
            requireFindable(ts, cls, cls.moduleName(), cls.qualname(), "<class '" + cls.moduleName() + "." + cls.qualname() + "'>");
            Map<String, Object> state = new LinkedHashMap<>();
            instance.dictOrNull().snapshot().forEach(e -> state.put(e.getKey().str(), toJava(ts, e.getValue())));
            return new PickledInstance(sentModule(cls.moduleName()), cls.qualname(), state);
        }
        throw PyErrors.typeError("cannot pickle '" + o.type().name() + "' object"); // tp_name, as CPython's message
    }

    /** A function (or built-in function) by name, checked as pickle checks it: the name must lead back to it. */
    static FunctionRef function(ThreadState ts, PyObject function) {
        String module = attribute(ts, function, "__module__");
        String qualname = attribute(ts, function, "__qualname__");
        if (qualname == null) {
            qualname = attribute(ts, function, "__name__");
        }
        if (module == null || qualname == null) {
            throw PyErrors.typeError("cannot pickle '" + function.type().name() + "' object");
        }
        if (qualname.contains("<locals>")) {
            throw PyErrors.attributeError("Can't pickle local object '" + qualname + "'");
        }
        requireFindable(ts, function, module, qualname, function.repr());
        return new FunctionRef(sentModule(module), qualname);
    }

    /** CPython's pickler: "Can't pickle X: attribute lookup NAME on MODULE failed" unless the name finds the object. */
    private static void requireFindable(ThreadState ts, PyObject object, String module, String qualname, String repr) {
        PyObject found = find(ts, module, qualname);
        if (found != object) {
            throw PyErrors.raise(Spawn.PICKLING_ERROR, "Can't pickle " + repr + ": attribute lookup " + qualname + " on "
                    + sentModule(module) + " failed");
        }
    }

    /** The object {@code module.qualname} of this interpreter (borrowed from its module), or null. */
    static PyObject find(ThreadState ts, String module, String qualname) {
        InterpreterState state = state(ts);
        // in a worker, the parent's main program is __mp_main__ (the worker's own __main__ is empty)
        PyModule m = module.equals(MAIN) && state.module(MP_MAIN) != null ? state.module(MP_MAIN) : state.module(module);
        if (m == null) {
            m = state.importModule(ts, module);
        }
        String[] parts = qualname.split("\\.");
        PyObject current = m.dict().get(parts[0]);
        for (int i = 1; i < parts.length && current != null; i++) {
            PyDict dict = current.dictOrNull();
            current = dict == null ? null : dict.get(parts[i]);
        }
        return current;
    }

    private static InterpreterState state(ThreadState ts) {
        return (InterpreterState) ts.invoker(); // the interpreter the thread runs in
    }

    /** The worker's __mp_main__ is the parent's __main__: names are sent as the parent knows them. */
    private static String sentModule(String module) {
        return module.equals(MP_MAIN) ? MAIN : module;
    }

    private static String attribute(ThreadState ts, PyObject o, String name) {
        try {
            PyObject value = o.getAttr(ts, name);
            try {
                return value instanceof PyStr s ? s.value : null;
            } finally {
                ts.decref(value);
            }
        } catch (org.gillab.model.PythonException missing) {
            ts.decref(missing.exception());
            return null;
        }
    }

    /** A new reference to the Python object for a received value. */
    static PyObject toPython(ThreadState ts, Object value) {
        if (value instanceof byte[] bytes) {
            return new PyBytes(ts, bytes, false);
        }
        if (value instanceof SharedRef ref) {
            return new SharedHandle(ts, ref.id());
        }
        if (value instanceof FunctionRef f) {
            return ts.newRef(resolve(ts, f.module(), f.qualname()));
        }
        if (value instanceof PickledInstance p) {
            return instance(ts, p);
        }
        if (value instanceof SentSet sent) {
            return set(ts, sent);
        }
        if (value instanceof BoundMethodRef m) {
            PyObject self = toPython(ts, m.self());
            try {
                return self.getAttr(ts, m.name());
            } finally {
                ts.decref(self);
            }
        }
        return Convert.toPython(ts, value, PoolValues::toPython);
    }

    /** What the unpickler says when the name is not there (a worker's __mp_main__ lacks the function). */
    static PyObject resolve(ThreadState ts, String module, String qualname) {
        PyObject found = find(ts, module, qualname);
        if (found == null) {
            PyModule m = state(ts).module(module.equals(MAIN) && state(ts).module(MP_MAIN) != null ? MP_MAIN : module);
            throw PyErrors.attributeError("Can't get attribute '" + qualname + "' on " + (m == null ? "module " + module : m.repr()));
        }
        return found;
    }

    private static PyObject set(ThreadState ts, SentSet sent) {
        PySet set = new PySet(ts, sent.frozen());
        for (Object item : sent.items()) {
            PyObject element = toPython(ts, item);
            try {
                set.add(ts, element);
            } finally {
                ts.decref(element);
            }
        }
        return set;
    }

    /** pickle's default reconstruction: cls.__new__(cls), then the state into its __dict__ (no __init__). */
    private static PyObject instance(ThreadState ts, PickledInstance p) {
        PyObject cls = resolve(ts, p.module(), p.qualname());
        PyObject instance = ts.callMethod(cls, "__new__", cls);
        PyDict dict = instance.dictOrNull();
        for (Map.Entry<String, Object> e : p.state().entrySet()) {
            PyObject v = toPython(ts, e.getValue());
            dict.put(ts, e.getKey(), v);
            ts.decref(v);
        }
        return instance;
    }

    /** The items of an argument tuple (or any iterable) as values to send. */
    static List<Object> items(ThreadState ts, PyObject iterable) {
        List<PyObject> items = org.gillab.model.object.Ops.toList(ts, iterable);
        try {
            List<Object> values = new ArrayList<>(items.size());
            for (PyObject item : items) {
                values.add(toJava(ts, item));
            }
            return values;
        } finally {
            items.forEach(ts::decref); // all of them, also when one cannot be sent
        }
    }
}
