package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The _lsprof module (Modules/_lsprof.c): Profiler, the deterministic profiler under cProfile. Its
 * statistics are {@link CallProfiler}'s; getstats hands them out as profiler_entry and
 * profiler_subentry struct sequences, times in seconds. The clock is the model's monotonic one: a
 * timer function is refused, as the model's profiler cannot call Python code from inside a call event.
 */
final class LsprofModule {
    private LsprofModule() {}

    private static final StructSequence ENTRY = new StructSequence("_lsprof.profiler_entry",
            "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls");
    private static final StructSequence SUBENTRY = new StructSequence("_lsprof.profiler_subentry",
            "code", "callcount", "reccallcount", "totaltime", "inlinetime");

    private static final PyType PROFILER = PyType.builder("_lsprof.Profiler").subclassable()
            .newInstance((cls, args) -> {
                PyObject[] a = args.bind("Profiler", 0, "timer", "timeunit", "subcalls", "builtins");
                if (a[0] != null && a[0] != PyNone.NONE) {
                    throw PyErrors.notImplementedError("_lsprof.Profiler: the GIL Lab model profiles with its own clock, not a timer function");
                }
                return new Profiler(args.thread(), cls, a[2] == null || a[2].truthy(), a[3] == null || a[3].truthy());
            })
            .method("enable", (self, args) -> {
                Profiler p = (Profiler) self;
                PyObject[] a = args.bind("enable", 0, "subcalls", "builtins");
                p.stats.enable(args.thread(), p, a[0] == null ? p.subcalls : a[0].truthy(), a[1] == null ? p.builtins : a[1].truthy());
                return PyNone.NONE;
            })
            .method("disable", (self, args) -> {
                args.expectPositional("disable", 0, 0);
                ((Profiler) self).stats.disable(args.thread());
                return PyNone.NONE;
            })
            .method("clear", (self, args) -> {
                args.expectPositional("clear", 0, 0);
                ((Profiler) self).stats.clear(args.thread());
                return PyNone.NONE;
            })
            .method("getstats", (self, args) -> {
                args.expectPositional("getstats", 0, 0);
                return getstats(args.thread(), ((Profiler) self).stats);
            })
            .build();

    static PyModule create() {
        return new PyModule("_lsprof", true)
                .add("Profiler", PROFILER)
                .add("profiler_entry", ENTRY.type())
                .add("profiler_subentry", SUBENTRY.type());
    }

    /** getstats: a profiler_entry per function, its calls a list of profiler_subentry per callee (None without subcalls). */
    private static PyObject getstats(ThreadState ts, CallProfiler stats) {
        List<PyObject> entries = new ArrayList<>();
        for (CallProfiler.Stats f : stats.functions()) {
            PyObject calls = PyNone.NONE;
            if (stats.subcalls()) {
                List<PyObject> callees = new ArrayList<>();
                for (CallProfiler.Stats pair : f.callees.values()) {
                    callees.add(SUBENTRY.make(ts, counts(ts, pair)));
                }
                calls = new PyList(ts, callees);
            }
            PyObject[] c = counts(ts, f);
            entries.add(ENTRY.make(ts, c[0], c[1], c[2], c[3], c[4], calls));
        }
        return new PyList(ts, entries);
    }

    /** code, callcount, reccallcount, totaltime, inlinetime: new references. */
    private static PyObject[] counts(ThreadState ts, CallProfiler.Stats s) {
        return new PyObject[] {ts.newRef(s.code), PyInt.of(ts, s.calls), PyInt.of(ts, s.recursiveCalls),
                new PyFloat(ts, s.totalNanos / 1e9), new PyFloat(ts, s.inlineNanos / 1e9)};
    }

    /** A Profiler: its statistics, and the subcalls and builtins it was made with (enable's defaults). */
    private static final class Profiler extends PyInstance {
        final CallProfiler stats = new CallProfiler();
        final boolean subcalls;
        final boolean builtins;

        Profiler(ThreadState ts, PyType type, boolean subcalls, boolean builtins) {
            super(ts, type);
            this.subcalls = subcalls;
            this.builtins = builtins;
        }

        @Override
        protected void release(ThreadState ts) {
            stats.disable(ts);
            stats.clear(ts);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            stats.functions().forEach(s -> visit.accept(s.code));
            super.traverse(visit);
        }
    }
}
