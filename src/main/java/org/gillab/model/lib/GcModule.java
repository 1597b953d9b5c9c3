package org.gillab.model.lib;

import java.util.concurrent.atomic.AtomicLongArray;
import org.gillab.model.object.Args;
import org.gillab.model.object.CollectionSchedule;
import org.gillab.model.object.Convert;
import org.gillab.model.object.CycleCollector;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
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
 * The gc module (Modules/gcmodule.c), written for the model. collect() runs the {@link CycleCollector}:
 * reference cycles nothing else refers to are found and freed, their finalizers and weak reference
 * callbacks run, and the count returned is CPython's. The collector also runs by itself, when the heap's
 * {@link CollectionSchedule} finds the live containers grew enough (it is not generational, so every
 * collection is a full one, scheduled as CPython schedules its oldest generation); enable/disable and
 * the thresholds govern that. The rest of the interface is CPython's, so programs that tune or pause the
 * collector run unchanged: freeze, debug flags, statistics, the callbacks called around each collection,
 * get_objects, get_referents and get_referrers (from the objects' own traversal).
 */
final class GcModule {
    private GcModule() {}

    private static final String DOC = "This module provides access to the garbage collector for reference cycles.\n\n"
            + "The GIL Lab model's collector is not generational: every collection, automatic or by collect(), is\n"
            + "a full one.";

    /** One interpreter's collector settings: they change what the program sees, nothing else. */
    private static final class State {
        volatile long debug;
        volatile long frozen;
        final AtomicLongArray collections = new AtomicLongArray(3);
        final AtomicLongArray collected = new AtomicLongArray(3);
    }

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        State state = new State();
        CollectionSchedule schedule = interp.heap().schedule;
        interp.setScheduledCollection(collector -> collectWithCallbacks(interp, state, collector, 2));
        PyModule gc = new PyModule("gc", true)
                .add("__doc__", PyStr.constant(DOC))
                .add("DEBUG_STATS", PyInt.constant(1))
                .add("DEBUG_COLLECTABLE", PyInt.constant(2))
                .add("DEBUG_UNCOLLECTABLE", PyInt.constant(4))
                .add("DEBUG_SAVEALL", PyInt.constant(32))
                .add("DEBUG_LEAK", PyInt.constant(38))
                .function("enable", args -> {
                    args.expectPositional("enable", 0, 0);
                    schedule.setEnabled(true);
                    return PyNone.NONE;
                })
                .function("disable", args -> {
                    args.expectPositional("disable", 0, 0);
                    schedule.setEnabled(false);
                    return PyNone.NONE;
                })
                .function("isenabled", args -> {
                    args.expectPositional("isenabled", 0, 0);
                    return PyBool.of(schedule.enabled());
                })
                .function("collect", args -> collect(interp, state, args))
                .function("get_count", args -> {
                    args.expectPositional("get_count", 0, 0);
                    return ints(args.thread(), 0, 0, 0);
                })
                .function("get_threshold", args -> {
                    args.expectPositional("get_threshold", 0, 0);
                    return ints(args.thread(), schedule.thresholds());
                })
                .function("set_threshold", args -> {
                    args.expectPositional("set_threshold", 1, 3);
                    long[] t = schedule.thresholds();
                    for (int i = 0; i < args.size(); i++) {
                        t[i] = Convert.toLong(args.get(i), "set_threshold");
                    }
                    schedule.setThresholds(t);
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
                    return PyBool.of(args.get(0) instanceof PyInstance instance && instance.isFinalized());
                })
                .function("get_referents", args -> referents(args))
                .function("get_referrers", args -> referrers(args))
                .function("get_objects", args -> objects(args));
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
     * collect(generation=2): calls each of gc.callbacks with "start", collects the cycles (there are no
     * generations: every collection is a full one), then calls them with "stop" and what was found; returns
     * the number of unreachable objects found.
     */
    private static PyObject collect(InterpreterState interp, State state, Args args) {
        PyObject[] a = args.bind("collect", 0, "generation");
        long generation = a[0] == null ? 2 : Convert.toLong(a[0], "collect");
        if (generation < 0 || generation > 2) {
            throw PyErrors.valueError("invalid generation");
        }
        ThreadState ts = args.thread();
        return PyInt.of(ts, collectWithCallbacks(interp, state, ts, generation));
    }

    /** A collection, explicit or scheduled, with gc.callbacks called around it and the statistics kept. */
    private static int collectWithCallbacks(InterpreterState interp, State state, ThreadState ts, long generation) {
        PyObject callbacks = interp.module("gc").dict().get("callbacks");
        callEach(ts, callbacks, "start", generation, 0);
        int found = CycleCollector.collect(ts);
        state.collections.incrementAndGet((int) generation);
        state.collected.addAndGet((int) generation, found);
        callEach(ts, callbacks, "stop", generation, found);
        return found;
    }

    /** Calls each of gc.callbacks with the phase and the info dict CPython gives them. */
    private static void callEach(ThreadState ts, PyObject callbacks, String phase, long generation, long collected) {
        if (callbacks == null) {
            return;
        }
        PyDict info = new PyDict(ts);
        try {
            info.put(ts, "generation", PyInt.constant(generation));
            PyInt count = PyInt.of(ts, collected);
            info.put(ts, "collected", count);
            ts.decref(count);
            info.put(ts, "uncollectable", PyInt.constant(0));
            for (PyObject callback : Ops.toList(ts, callbacks)) {
                try {
                    ts.decref(ts.call(callback, PyStr.constant(phase), info));
                } finally {
                    ts.decref(callback);
                }
            }
        } finally {
            ts.decref(info);
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
            PyInt collected = PyInt.of(ts, state.collected.get(g));
            d.put(ts, "collected", collected);
            ts.decref(collected);
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

    /** get_objects(generation=None): every container alive (there are no generations: 0 to 2 all give them all). */
    private static PyObject objects(Args args) {
        PyObject[] a = args.bind("get_objects", 0, "generation");
        if (a[0] != null && a[0] != PyNone.NONE) {
            long generation = Convert.toLong(a[0], "get_objects");
            if (generation >= 3) {
                throw PyErrors.valueError("generation parameter must be less than the number of available generations (3)");
            }
            if (generation < -1) { // -1 is CPython's None
                throw PyErrors.valueError("generation parameter cannot be negative");
            }
        }
        ThreadState ts = args.thread();
        PyList list = new PyList(ts);
        for (PyObject o : ts.heap().liveContainers()) {
            list.append(ts, o);
        }
        return list;
    }

    /** get_referrers(*objs): the containers alive whose traversal reaches one of {@code objs}. */
    private static PyObject referrers(Args args) {
        ThreadState ts = args.thread();
        java.util.Set<PyObject> targets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < args.size(); i++) {
            targets.add(args.get(i));
        }
        PyList list = new PyList(ts);
        for (PyObject o : ts.heap().liveContainers()) {
            boolean[] refers = {false};
            o.traverse(child -> refers[0] |= targets.contains(child));
            if (refers[0] && o != list) {
                list.append(ts, o);
            }
        }
        return list;
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
