package org.gillab.model.lib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
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
 * The _tracemalloc module (Modules/_tracemalloc.c), written for the model, not copied: the functions that
 * tracemalloc.py builds on, over one {@link AllocationTracer} per interpreter. A traceback crosses into
 * Python as a tuple of (filename, lineno) pairs, the most recent frame first.
 */
final class TracemallocModule {
    private TracemallocModule() {}

    /** tracemalloc's MAX_NFRAME: a traceback's frames are counted in 16 bits. */
    private static final int MAX_NFRAME = 65535;

    static PyModule create(InterpreterState interp) {
        AllocationTracer tracer = new AllocationTracer(interp.heap());
        return new PyModule("_tracemalloc", true)
                .function("is_tracing", args -> {
                    args.noArgs("_tracemalloc.is_tracing");
                    return PyBool.of(tracer.tracing());
                })
                .function("start", args -> {
                    args.checkPositional("start", "_tracemalloc.start", 0, 1);
                    int nframe = args.size() == 0 ? 1 : Convert.toInt(args.get(0), "start");
                    if (nframe < 1 || nframe > MAX_NFRAME) {
                        throw PyErrors.valueError("the number of frames must be in range [1; " + MAX_NFRAME + "]");
                    }
                    tracer.start(nframe);
                    return PyNone.NONE;
                })
                .function("stop", args -> {
                    args.noArgs("_tracemalloc.stop");
                    tracer.stop();
                    return PyNone.NONE;
                })
                .function("clear_traces", args -> {
                    args.noArgs("_tracemalloc.clear_traces");
                    tracer.clear();
                    return PyNone.NONE;
                })
                .function("reset_peak", args -> {
                    args.noArgs("_tracemalloc.reset_peak");
                    tracer.resetPeak();
                    return PyNone.NONE;
                })
                .function("get_traceback_limit", args -> {
                    args.noArgs("_tracemalloc.get_traceback_limit");
                    return PyInt.of(args.thread(), tracer.limit());
                })
                .function("get_traced_memory", args -> {
                    args.noArgs("_tracemalloc.get_traced_memory");
                    long[] memory = tracer.memory();
                    return ints(args.thread(), memory[0], memory[1]);
                })
                .function("get_tracemalloc_memory", args -> {
                    args.noArgs("_tracemalloc.get_tracemalloc_memory");
                    return PyInt.of(args.thread(), tracer.ownMemory());
                })
                .function("_get_object_traceback", args -> {
                    PyObject obj = args.oneArg("_tracemalloc._get_object_traceback");
                    AllocationTracer.Where where = tracer.whereOf(obj);
                    return where == null ? PyNone.NONE : Converter.once(args.thread(), where);
                })
                .function("_get_traces", args -> {
                    args.noArgs("_tracemalloc._get_traces");
                    return traces(args.thread(), tracer.traces());
                });
    }

    /** _get_traces: a list of (domain, size, frames, total_nframe), every object in domain 0. */
    private static PyObject traces(ThreadState ts, List<AllocationTracer.Traced> traced) {
        Converter converter = new Converter(ts);
        PyList list = new PyList(ts);
        for (AllocationTracer.Traced t : traced) {
            PyObject size = PyInt.of(ts, t.size());
            PyObject total = PyInt.of(ts, t.where().total());
            PyObject frames = converter.frames(t.where());
            list.appendOwned(PyTuple.of(ts, PyInt.of(ts, 0), size, frames, total));
            ts.decref(size);
            ts.decref(total);
            ts.decref(frames);
        }
        converter.release();
        return list;
    }

    /** Turns tracebacks into tuples, each distinct one made once, as the tracer shares them. */
    private static final class Converter {
        private final ThreadState ts;
        private final Map<AllocationTracer.Where, PyObject> made = new HashMap<>();

        Converter(ThreadState ts) {
            this.ts = ts;
        }

        /** A new reference to the tuple of one traceback. */
        static PyObject once(ThreadState ts, AllocationTracer.Where where) {
            Converter converter = new Converter(ts);
            PyObject frames = converter.frames(where);
            converter.release();
            return frames;
        }

        /** A new reference to the tuple of (filename, lineno) pairs of {@code where}. */
        PyObject frames(AllocationTracer.Where where) {
            PyObject tuple = made.computeIfAbsent(where, w -> {
                PyObject[] pairs = new PyObject[w.frames().size()];
                for (int i = 0; i < pairs.length; i++) {
                    AllocationTracer.Site site = w.frames().get(i);
                    pairs[i] = new PyTuple(ts, new PyObject[] {new PyStr(ts, site.filename()), PyInt.of(ts, site.line())});
                }
                return new PyTuple(ts, pairs);
            });
            return ts.newRef(tuple);
        }

        /** Drops the converter's own references. */
        void release() {
            made.values().forEach(ts::decref);
        }
    }

    private static PyTuple ints(ThreadState ts, long first, long second) {
        return new PyTuple(ts, new PyObject[] {PyInt.of(ts, first), PyInt.of(ts, second)});
    }
}
