package org.gillab.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gillab.model.PythonException;
import org.gillab.model.Tuple;
import org.gillab.model.lib.ForkCopies;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
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
 * multiprocessing: built-in data by value, functions and classes by the name they are found under
 * (CPython 3.11's pickler errors where that fails), bound methods as their object and name, shared
 * objects by id, and every other object by the reduction its {@code __reduce_ex__} gives. Module {@code __main__} is the parent's main program; in a worker that is module
 * {@code __mp_main__}, so names are translated.
 */
final class PoolValues {
    static final String MAIN = "__main__";
    static final String MP_MAIN = "__mp_main__";

    /** multiprocessing's ForkingPickler pickles with the default protocol, 4 in 3.11. */
    private static final int PICKLE_PROTOCOL = 4;

    /**
     * While this thread's values go to a child that a fork would have made (a Process's object under fork),
     * the functions being sent by value (a cycle among them is left to pickle's error); null otherwise.
     */
    private static final ThreadLocal<Set<PyFunction>> FORKED_CHILD = new ThreadLocal<>();

    private PoolValues() {}

    /**
     * {@code send}'s result, the values it makes going to a child that a fork would have made when {@code
     * forked}: there, a function pickle cannot name (a lambda, a nested function) travels by value, and a
     * _thread lock as the fork copies it, as the child has copies of both.
     */
    static <T> T sending(boolean forked, Supplier<T> send) {
        Set<PyFunction> outer = FORKED_CHILD.get();
        FORKED_CHILD.set(forked ? Collections.newSetFromMap(new IdentityHashMap<>()) : null);
        try {
            return send.get();
        } finally {
            FORKED_CHILD.set(outer);
        }
    }

    /**
     * The value to send for {@code o} (borrowed), as pickle's save() chooses: the built-in types by value
     * (their exact types: a subclass is reduced, so it arrives as itself), functions and classes by name,
     * anything else by its {@code __reduce_ex__}; TypeError/PicklingError for what cannot be sent.
     */
    static Object toJava(ThreadState ts, PyObject o) {
        PyType type = o.type();
        if (o instanceof PyNone || type == Types.BOOL || type == Types.INT || type == Types.FLOAT || type == Types.STR) {
            return Convert.toJava(o);
        }
        if (type == Types.BYTES) {
            return ((PyBytes) o).value().clone();
        }
        if (o instanceof SharedHandle handle) {
            return handle.ref();
        }
        if (type == Types.LIST) {
            List<Object> items = new ArrayList<>(((PyList) o).size());
            ((PyList) o).items().forEach(item -> items.add(toJava(ts, item)));
            return items;
        }
        if (type == Types.TUPLE) {
            return new Tuple(tupleItems(ts, (PyTuple) o));
        }
        if (type == Types.DICT) {
            Map<Object, Object> map = new LinkedHashMap<>();
            ((PyDict) o).snapshot().forEach(e -> map.put(toJava(ts, e.getKey()), toJava(ts, e.getValue())));
            return map;
        }
        if (type == Types.SET || type == Types.FROZENSET) {
            List<Object> items = new ArrayList<>();
            ((PySet) o).items().forEach(item -> items.add(toJava(ts, item)));
            return new SentSet(items, type == Types.FROZENSET);
        }
        Set<PyFunction> sending = FORKED_CHILD.get();
        if (o instanceof PyFunction f && sending != null && sending.add(f)) {
            try {
                return function(ts, f);
            } catch (PythonException unnamed) { // a lambda, a nested function: the fork copies it
                ts.decref(unnamed.exception());
                return FunctionByValue.reduced(ts, f);
            } finally {
                sending.remove(f);
            }
        }
        if (sending != null) { // what a fork copies and pickle refuses
            ForkCopies.LockState lock = ForkCopies.lockState(o);
            if (lock != null) {
                return new ReducedValue(new FunctionRef("_multiprocessing", "_lock"),
                        List.of(lock.reentrant(), lock.count(), lock.owner(), lock.ownedByForker()), null, null, null);
            }
            List<Object> file = ForkCopies.fileCopy(ts, o);
            if (file != null) {
                return new ReducedValue(new FunctionRef("builtins", "open"), file, null, null, null);
            }
        }
        if (o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltin) {
            return function(ts, o); // save_global
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
        return reduced(ts, o);
    }

    private static List<Object> tupleItems(ThreadState ts, PyTuple t) {
        List<Object> items = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            items.add(toJava(ts, t.get(i)));
        }
        return items;
    }

    /**
     * pickle's save_reduce: {@code o.__reduce_ex__(4)} (object's default raises "cannot pickle 'X' object"
     * for what has no state to send), a callable and its arguments, the items a list or dict subclass
     * holds, and the state, each sent as any value is.
     */
    private static Object reduced(ThreadState ts, PyObject o) {
        PyInt protocol = PyInt.of(ts, PICKLE_PROTOCOL);
        PyObject reduction;
        try {
            reduction = ts.callMethod(o, "__reduce_ex__", protocol);
        } finally {
            ts.decref(protocol);
        }
        try {
            if (reduction instanceof PyStr name) { // a global of o's module: a singleton such as Ellipsis
                String found = attribute(ts, o, "__module__");
                String module = found == null ? "builtins" : found;
                requireFindable(ts, o, module, name.value, o.repr());
                return new FunctionRef(sentModule(module), name.value);
            }
            if (!(reduction instanceof PyTuple t)) {
                throw picklingError(ts, "__reduce__ must return a string or tuple");
            }
            if (t.size() < 2 || t.size() > 5) {
                throw picklingError(ts, "tuple returned by __reduce__ must contain 2 through 5 elements");
            }
            if (!(t.get(1) instanceof PyTuple args)) {
                throw picklingError(ts, "second item of the tuple returned by __reduce__ must be a tuple");
            }
            return new ReducedValue(toJava(ts, t.get(0)), tupleItems(ts, args), optional(ts, t, 2),
                    itemsOrNull(ts, t, 3), itemsOrNull(ts, t, 4));
        } finally {
            ts.decref(reduction);
        }
    }

    private static Object optional(ThreadState ts, PyTuple t, int index) {
        return index < t.size() ? toJava(ts, t.get(index)) : null;
    }

    /** The listitems or dictitems iterator of a reduction (a dict's items as key-value tuples), or null. */
    private static List<Object> itemsOrNull(ThreadState ts, PyTuple t, int index) {
        return index < t.size() && !(t.get(index) instanceof PyNone) ? items(ts, t.get(index)) : null;
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
            throw picklingError(ts, "Can't pickle " + repr + ": attribute lookup " + qualname + " on "
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

    /** pickle's own PicklingError (of this interpreter's pickle module), so that {@code except pickle.PicklingError} catches it. */
    private static PythonException picklingError(ThreadState ts, String message) {
        PyModule pickle = state(ts).importModule(ts, "pickle");
        return PyErrors.raise((PyType) pickle.dict().get("PicklingError"), message);
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
        } catch (PythonException missing) {
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
        if (value instanceof ReducedValue r) {
            return rebuilt(ts, r);
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

    /**
     * pickle's load of a reduction: the callable called on its arguments (REDUCE, or NEWOBJ through
     * copyreg.__newobj__), then its list items (APPENDS), its dict items (SETITEMS) and its state (BUILD).
     */
    private static PyObject rebuilt(ThreadState ts, ReducedValue r) {
        PyObject callable = toPython(ts, r.callable());
        PyObject object;
        try {
            object = call(ts, callable, r.args());
        } finally {
            ts.decref(callable);
        }
        try {
            if (r.listItems() != null) {
                appendItems(ts, object, r.listItems());
            }
            if (r.dictItems() != null) {
                for (Object pair : r.dictItems()) {
                    PyTuple keyValue = (PyTuple) toPython(ts, pair);
                    try {
                        Ops.setItem(ts, object, keyValue.get(0), keyValue.get(1));
                    } finally {
                        ts.decref(keyValue);
                    }
                }
            }
            if (r.state() != null) {
                build(ts, object, r.state());
            }
            return object;
        } catch (RuntimeException e) {
            ts.decref(object);
            throw e;
        }
    }

    /** load_appends: the items by the object's extend if it has one, else one append each. */
    private static void appendItems(ThreadState ts, PyObject object, List<Object> items) {
        PyObject extend = Ops.lookupAttr(ts, object, "extend");
        if (extend != null) {
            PyObject list = toPython(ts, items);
            try {
                ts.decref(ts.call(extend, list));
            } finally {
                ts.decref(list);
                ts.decref(extend);
            }
            return;
        }
        for (Object item : items) {
            PyObject value = toPython(ts, item);
            try {
                ts.decref(ts.callMethod(object, "append", value));
            } finally {
                ts.decref(value);
            }
        }
    }

    /**
     * load_build: the state to the object's __setstate__ if it has one; otherwise a dict for its __dict__
     * and, in a (dict, slots) pair, the slots' values set as attributes.
     */
    private static void build(ThreadState ts, PyObject object, Object sentState) {
        PyObject state = toPython(ts, sentState);
        try {
            PyObject setstate = Ops.lookupAttr(ts, object, "__setstate__");
            if (setstate != null) {
                try {
                    ts.decref(ts.call(setstate, state));
                } finally {
                    ts.decref(setstate);
                }
                return;
            }
            PyObject dictState = state;
            PyObject slotState = null;
            if (state instanceof PyTuple pair && pair.size() == 2) {
                dictState = pair.get(0);
                slotState = pair.get(1);
            }
            if (dictState instanceof PyDict d) {
                PyDict dict = object.dictOrNull();
                d.snapshot().forEach(e -> Ops.setItem(ts, dict, e.getKey(), e.getValue()));
            }
            if (slotState instanceof PyDict slots) {
                slots.snapshot().forEach(e -> object.setAttr(ts, e.getKey().str(), e.getValue()));
            }
        } finally {
            ts.decref(state);
        }
    }

    /** {@code callable(*args)} for received argument values: a new reference. */
    static PyObject call(ThreadState ts, PyObject callable, List<?> args) {
        PyObject[] values = new PyObject[args.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = toPython(ts, args.get(i));
            }
            return ts.call(callable, values);
        } finally {
            for (PyObject value : values) {
                ts.xdecref(value);
            }
        }
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
