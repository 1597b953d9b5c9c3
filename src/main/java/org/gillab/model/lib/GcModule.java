package org.gillab.model.lib;

import java.util.concurrent.atomic.AtomicLongArray;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The gc module (Modules/gcmodule.c), written for the model, which frees every object by reference
 * counting alone and has no cycle collector: collect() finds nothing and returns 0 (objects in a
 * reference cycle stay, as with gc.disable() in CPython), but the module's interface is CPython's, so
 * programs that tune or pause the collector run unchanged: enable/disable, thresholds, freeze, debug
 * flags, statistics, the callbacks called around each collection, and get_referents (from the
 * objects' own traversal). get_objects and get_referrers are left out: the heap does not keep a list
 * of its objects unless asked to check reference counts.
 */
final class GcModule {
    private GcModule() {}

    private static final String DOC = "This module provides access to the garbage collector for reference cycles.\n\n"
            + "The GIL Lab model frees objects by reference counting alone and has no cycle collector: collect()\n"
            + "finds nothing to free and returns 0; objects in reference cycles stay, as after gc.disable().";

    /** One interpreter's collector settings: they change what the program sees, nothing else. */
    private static final class State {
        volatile boolean enabled = true;
        volatile long[] thresholds = {700, 10, 10};
        volatile long debug;
        volatile long frozen;
        final AtomicLongArray collections = new AtomicLongArray(3);
    }

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        State state = new State();
        PyModule gc = new PyModule("gc", true)
                .add("__doc__", PyStr.constant(DOC))
                .add("DEBUG_STATS", PyInt.constant(1))
                .add("DEBUG_COLLECTABLE", PyInt.constant(2))
                .add("DEBUG_UNCOLLECTABLE", PyInt.constant(4))
                .add("DEBUG_SAVEALL", PyInt.constant(32))
                .add("DEBUG_LEAK", PyInt.constant(38))
                .function("enable", args -> {
                    args.expectPositional("enable", 0, 0);
                    state.enabled = true;
                    return PyNone.NONE;
                })
                .function("disable", args -> {
                    args.expectPositional("disable", 0, 0);
                    state.enabled = false;
                    return PyNone.NONE;
                })
                .function("isenabled", args -> {
                    args.expectPositional("isenabled", 0, 0);
                    return PyBool.of(state.enabled);
                })
                .function("collect", args -> collect(interp, state, args))
                .function("get_count", args -> {
                    args.expectPositional("get_count", 0, 0);
                    return ints(args.thread(), 0, 0, 0);
                })
                .function("get_threshold", args -> {
                    args.expectPositional("get_threshold", 0, 0);
                    return ints(args.thread(), state.thresholds);
                })
                .function("set_threshold", args -> {
                    args.expectPositional("set_threshold", 1, 3);
                    long[] t = state.thresholds.clone();
                    for (int i = 0; i < args.size(); i++) {
                        t[i] = Convert.toLong(args.get(i), "set_threshold");
                    }
                    state.thresholds = t;
                    return PyNone.NONE;
                })
                .function("get_debug", args -> PyInt.of(args.thread(), state.debug))
                .function("set_debug", args -> {
                    args.expectPositional("set_debug", 1, 1);
                    state.debug = Convert.toLong(args.get(0), "set_debug");
                    return PyNone.NONE;
                })
                .function("freeze", args -> {
                    args.expectPositional("freeze", 0, 0);
                    state.frozen = interp.heap().stats().live(); // what a collection would no longer look at
                    return PyNone.NONE;
                })
                .function("unfreeze", args -> {
                    args.expectPositional("unfreeze", 0, 0);
                    state.frozen = 0;
                    return PyNone.NONE;
                })
                .function("get_freeze_count", args -> PyInt.of(args.thread(), state.frozen))
                .function("get_stats", args -> stats(args.thread(), state))
                .function("is_tracked", args -> {
                    args.expectPositional("is_tracked", 1, 1);
                    return PyBool.of(tracked(args.get(0)));
                })
                .function("is_finalized", args -> {
                    args.expectPositional("is_finalized", 1, 1);
                    return PyBool.FALSE;
                })
                .function("get_referents", args -> referents(args));
        for (String name : new String[] {"garbage", "callbacks"}) {
            PyList list = new PyList(ts);
            gc.dict().put(ts, name, list);
            ts.decref(list);
        }
        return gc;
    }

    private static PyTuple ints(ThreadState ts, long... values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(ts, values[i]);
        }
        return new PyTuple(ts, items);
    }

    /**
     * collect(generation=2): calls each of gc.callbacks with "start" and then "stop" and the info dict
     * CPython gives them, counts the collection, and returns 0: nothing unreachable is ever left.
     */
    private static PyObject collect(InterpreterState interp, State state, Args args) {
        PyObject[] a = args.bind("collect", 0, "generation");
        long generation = a[0] == null ? 2 : Convert.toLong(a[0], "collect");
        if (generation < 0 || generation > 2) {
            throw PyErrors.valueError("invalid generation");
        }
        ThreadState ts = args.thread();
        PyObject callbacks = interp.module("gc").dict().get("callbacks");
        PyDict info = new PyDict(ts);
        try {
            info.put(ts, "generation", PyInt.constant(generation));
            info.put(ts, "collected", PyInt.constant(0));
            info.put(ts, "uncollectable", PyInt.constant(0));
            callEach(ts, callbacks, "start", info);
            state.collections.incrementAndGet((int) generation);
            callEach(ts, callbacks, "stop", info);
        } finally {
            ts.decref(info);
        }
        return PyInt.constant(0);
    }

    private static void callEach(ThreadState ts, PyObject callbacks, String phase, PyDict info) {
        if (callbacks == null) {
            return;
        }
        for (PyObject callback : Ops.toList(ts, callbacks)) {
            try {
                ts.decref(ts.call(callback, PyStr.constant(phase), info));
            } finally {
                ts.decref(callback);
            }
        }
    }

    /** get_stats(): a dict per generation, as CPython's: collections, collected, uncollectable. */
    private static PyObject stats(ThreadState ts, State state) {
        PyList list = new PyList(ts);
        for (int g = 0; g < 3; g++) {
            PyDict d = new PyDict(ts);
            PyInt collections = PyInt.of(ts, state.collections.get(g));
            d.put(ts, "collections", collections);
            ts.decref(collections);
            d.put(ts, "collected", PyInt.constant(0));
            d.put(ts, "uncollectable", PyInt.constant(0));
            list.appendOwned(d);
        }
        return list;
    }

    /**
     * is_tracked: whether CPython's collector would track the object: not atoms (ints, strs, floats,
     * bytes, None, bools), every other object (CPython also untracks the tuples and dicts it finds
     * holding atoms only, which the model does not imitate).
     */
    private static boolean tracked(PyObject o) {
        return !(o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyBytes
                || o == PyNone.NONE || o instanceof PyBool);
    }

    /** get_referents(*objs): the objects each one refers to, as its traversal reports them. */
    private static PyObject referents(Args args) {
        ThreadState ts = args.thread();
        PyList list = new PyList(ts);
        for (int i = 0; i < args.size(); i++) {
            args.get(i).traverse(x -> list.append(ts, x));
        }
        return list;
    }
}
